// The designer's message catalog: `const t = $derived(translator(designerMessages, locale))`.
import { defineMessages } from '$lib/domain/i18n';
import { en } from './en';
import { zh } from './zh';

export const designerMessages = defineMessages(zh, en);
export type DesignerKey = keyof typeof zh;
