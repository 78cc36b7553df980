// The designer's message catalog: `const t = $derived(translator(designerMessages, locale))`.
import { defineMessages } from '$lib/domain/i18n';
import { dayEn, dayZh } from './day';
import { en } from './en';
import { zh } from './zh';

export const designerMessages = defineMessages({ ...zh, ...dayZh }, { ...en, ...dayEn });
export type DesignerKey = keyof typeof zh | keyof typeof dayZh;
