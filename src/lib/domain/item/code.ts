// 事项编码 structure. The code itself is opaque to us; a profile lets a deployment check that it
// follows the national scheme: a 12-character base code (基本编码), or a 31-character implementation
// code (实施编码) = the department's 统一社会信用代码 (18) + 行使层级 digit (1) + base code (12).
import { checkFormat } from '../formats';
import { translator, type Locale } from '../i18n';
import { levelFromDigit } from './codes';
import { label } from './labels';
import { itemMessages } from './messages';
import type { Level } from './types';

export type CodeProfile = 'base' | 'implementation';

export interface CodeCheck {
	valid: boolean;
	messages: string[];
}

const BASE_CODE = /^[0-9A-Z]{12}$/;

export function checkItemCode(
	code: string,
	profile: CodeProfile,
	departmentCreditCode?: string,
	opts: { locale?: Locale; levels?: Level[] } = {}
): CodeCheck {
	const { locale, levels } = opts;
	const t = translator(itemMessages, locale);
	const messages: string[] = [];
	if (typeof code !== 'string') return { valid: false, messages: [t('item.code.notString')] };
	if (profile === 'base') {
		if (!BASE_CODE.test(code)) messages.push(t('item.code.base', { length: code.length, code }));
		return { valid: messages.length === 0, messages };
	}
	if (code.length !== 31) {
		messages.push(t('item.code.length', { length: code.length }));
		return { valid: false, messages };
	}
	const uscc = code.slice(0, 18);
	const digit = code.charAt(18);
	const base = code.slice(19);
	const credit = checkFormat('cn-uscc', uscc, { locale });
	if (!credit.valid) {
		messages.push(t('item.code.creditCode', { reason: credit.message ?? '' }));
	}
	if (departmentCreditCode !== undefined && uscc !== departmentCreditCode) {
		messages.push(t('item.code.department', { uscc, department: departmentCreditCode }));
	}
	const level = levelFromDigit(digit);
	if (!level) {
		messages.push(t('item.code.levelDigit', { digit }));
	} else if (levels && levels.length && !levels.includes(level)) {
		messages.push(t('item.code.levelNotDeclared', { level: label('level', level, locale) }));
	}
	if (!BASE_CODE.test(base)) {
		messages.push(t('item.code.baseTail', { base }));
	}
	return { valid: messages.length === 0, messages };
}
