// The designer's message catalog: `const t = $derived(translator(designerMessages, locale))`.
import { defineMessages } from '$lib/domain/i18n';
import { dayEn, dayZh } from './day';
import { elementsEn, elementsZh } from './elements';
import { en } from './en';
import { nationalEn, nationalZh } from './national';
import { revisionsEn, revisionsZh } from './revisions';
import { xlsxEn, xlsxZh } from './xlsx';
import { zh } from './zh';

export const designerMessages = defineMessages(
	{ ...zh, ...dayZh, ...revisionsZh, ...nationalZh, ...elementsZh, ...xlsxZh },
	{ ...en, ...dayEn, ...revisionsEn, ...nationalEn, ...elementsEn, ...xlsxEn }
);
export type DesignerKey =
	| keyof typeof zh
	| keyof typeof dayZh
	| keyof typeof revisionsZh
	| keyof typeof nationalZh
	| keyof typeof elementsZh
	| keyof typeof xlsxZh;
