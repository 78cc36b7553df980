// A condition in words, for the review screens and anywhere a clerk reads a condition back:
// 「申请人类型」为“企业”，或（「委托代理人办理」为“是”且「年龄」小于 18）.
import { translator, type Locale } from '../i18n';
import { conditionMessages as messages } from './messages';
import { isComparison, isGroup, type Comparison, type Condition } from './types';

export interface DescribeOptions {
	locale?: Locale;
	/** the field's title for a data path ('applicant.type'), when the form has one */
	title?: (key: string) => string | undefined;
	/** a value as people read it (an option's label, 是 / 否) */
	value?: (key: string, value: unknown) => string | undefined;
}

export function describeCondition(c: Condition, opts: DescribeOptions = {}): string {
	const t = translator(messages, opts.locale);
	const show = (key: string, v: unknown) =>
		opts.value?.(key, v) ??
		(v === true ? t('conditions.yes') : v === false ? t('conditions.no') : String(v));
	const comparison = (x: Comparison) => {
		const key = x.field.join('.');
		const field = opts.title?.(key) ?? key;
		const value = Array.isArray(x.value)
			? x.value.map((v) => show(key, v)).join(t('conditions.listSeparator'))
			: show(key, x.value);
		return t(`conditions.describe.${x.op}`, { field, value });
	};
	const walk = (x: Condition, nested: boolean): string => {
		if (isComparison(x)) return comparison(x);
		if (isGroup(x)) {
			const text = x.parts
				.map((p) => walk(p, true))
				.join(t(x.all ? 'conditions.and' : 'conditions.or'));
			return nested && x.parts.length > 1 ? t('conditions.paren', { text }) : text;
		}
		return t('conditions.not', { text: walk(x.not, true) });
	};
	return walk(c, false);
}
