// 事项编码 structure. The code itself is opaque to us; a profile lets a deployment check that it
// follows the national scheme: a 12-character base code (基本编码), or a 31-character implementation
// code (实施编码) = the department's 统一社会信用代码 (18) + 行使层级 digit (1) + base code (12).
import { checkFormat } from '../formats';
import { msg, type Locale } from '../i18n';
import { levelFromDigit } from './codes';
import { label } from './labels';
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
	const messages: string[] = [];
	if (typeof code !== 'string') {
		return {
			valid: false,
			messages: [msg(locale, '事项编码应当是字符串', 'the item code must be a string')]
		};
	}
	if (profile === 'base') {
		if (!BASE_CODE.test(code)) {
			messages.push(
				msg(
					locale,
					`基本编码应为 12 位数字或大写字母，实际为 ${code.length} 位“${code}”`,
					`a base code has 12 digits or capital letters; got ${code.length} characters "${code}"`
				)
			);
		}
		return { valid: messages.length === 0, messages };
	}
	if (code.length !== 31) {
		messages.push(
			msg(
				locale,
				`实施编码应为 31 位（18 位统一社会信用代码 + 1 位行使层级 + 12 位基本编码），实际为 ${code.length} 位`,
				`an implementation code has 31 characters (18-character credit code + level digit + 12-character base code); got ${code.length}`
			)
		);
		return { valid: false, messages };
	}
	const uscc = code.slice(0, 18);
	const digit = code.charAt(18);
	const base = code.slice(19);
	const credit = checkFormat('cn-uscc', uscc, { locale });
	if (!credit.valid) {
		messages.push(
			msg(
				locale,
				`实施编码前 18 位不是有效的统一社会信用代码：`,
				`the first 18 characters are not a valid credit code: `
			) + credit.message
		);
	}
	if (departmentCreditCode !== undefined && uscc !== departmentCreditCode) {
		messages.push(
			msg(
				locale,
				`实施编码前 18 位 ${uscc} 与实施主体统一社会信用代码 ${departmentCreditCode} 不一致`,
				`the first 18 characters ${uscc} differ from the department's credit code ${departmentCreditCode}`
			)
		);
	}
	const level = levelFromDigit(digit);
	if (!level) {
		messages.push(
			msg(
				locale,
				`实施编码第 19 位应为行使层级代码 1–6，实际为“${digit}”`,
				`character 19 must be a level digit 1–6; got "${digit}"`
			)
		);
	} else if (levels && levels.length && !levels.includes(level)) {
		messages.push(
			msg(
				locale,
				`实施编码第 19 位表示${label('level', level, locale)}，不在事项的行使层级中`,
				`character 19 means ${label('level', level, locale)}, which is not among the item's levels`
			)
		);
	}
	if (!BASE_CODE.test(base)) {
		messages.push(
			msg(
				locale,
				`实施编码后 12 位应为基本编码（数字或大写字母），实际为“${base}”`,
				`the last 12 characters must be a base code (digits or capital letters); got "${base}"`
			)
		);
	}
	return { valid: messages.length === 0, messages };
}
