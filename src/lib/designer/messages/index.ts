// The designer's message catalog: `const t = $derived(translator(designerMessages, locale))`.
import { defineMessages } from '$lib/domain/i18n';
import { dayEn, dayZh } from './day';
import { en } from './en';
import { nationalEn, nationalZh } from './national';
import { revisionsEn, revisionsZh } from './revisions';
import { zh } from './zh';

export const designerMessages = defineMessages(
	{ ...zh, ...dayZh, ...revisionsZh, ...nationalZh },
	{ ...en, ...dayEn, ...revisionsEn, ...nationalEn }
);
export type DesignerKey =
	keyof typeof zh | keyof typeof dayZh | keyof typeof revisionsZh | keyof typeof nationalZh;
