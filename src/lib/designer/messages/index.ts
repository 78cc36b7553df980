// The designer's message tables; `designerMessages(locale)` picks one.
import type { Locale } from '$lib/domain/i18n';
import { en } from './en';
import { zh, type DesignerMessages } from './zh';

export type { DesignerMessages };

export function designerMessages(locale: Locale): DesignerMessages {
	return locale === 'en' ? en : zh;
}
