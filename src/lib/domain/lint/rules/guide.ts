// 办事指南: the elements the national standard asks every guide to state, and their coherence.
import { checkFormat, checkServicePhone } from '../../formats';
import { bothLanguages, joinList, lookup, translator } from '../../i18n';
import type { LegalBasis, ResultType } from '../../item/types';
import { pointer } from '../../pointer';
import type { RawFinding, Rule } from '../types';
import { ELEMENT_POINTERS, hasElement, requirementsFor } from './guide-elements';
import { guideRuleMessages as messages } from './guide.messages';

export const legalBasisMissing: Rule = {
	id: 'legal-basis-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.legal-basis-missing.title'),
	description: bothLanguages(messages, 'lint.legal-basis-missing.description'),
	check({ item, locale }) {
		if (!requirementsFor(item.kind).elements.includes('legalBasis')) return [];
		if (hasElement(item, 'legalBasis')) return [];
		const t = translator(messages, locale);
		return [
			{
				pointer: '/guide/legalBasis',
				message: t('lint.legal-basis-missing.message', { name: item.name }),
				fix: { message: t('lint.legal-basis-missing.fix') }
			}
		];
	}
};

export const legalBasisLawMissing: Rule = {
	id: 'legal-basis-law-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.legal-basis-law-missing.title'),
	description: bothLanguages(messages, 'lint.legal-basis-law-missing.description'),
	check({ item, locale }) {
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		const scan = (list: LegalBasis[] | undefined, key: 'legalBasis' | 'implementationBasis') => {
			(list ?? []).forEach((b, i) => {
				if (typeof b?.law === 'string' && b.law.trim()) return;
				out.push({
					pointer: pointer('guide', key, i, 'law'),
					message: t('lint.legal-basis-law-missing.message', {
						n: i + 1,
						basis: t(`lint.basis.${key}`)
					}),
					fix: { message: t('lint.legal-basis-law-missing.fix') }
				});
			});
		};
		scan(item.guide?.legalBasis, 'legalBasis');
		scan(item.guide?.implementationBasis, 'implementationBasis');
		return out;
	}
};

export const legalBasisNeedsDecision: Rule = {
	id: 'legal-basis-needs-decision',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.legal-basis-needs-decision.title'),
	description: bothLanguages(messages, 'lint.legal-basis-needs-decision.description'),
	check({ item, locale }) {
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		const scan = (list: LegalBasis[] | undefined, key: 'legalBasis' | 'implementationBasis') => {
			(list ?? []).forEach((b, i) => {
				const reason = b?.needsDecision;
				if (reason !== 'article-deleted' && reason !== 'law-repealed') return;
				out.push({
					pointer: pointer('guide', key, i),
					message: t(`lint.legal-basis-needs-decision.${reason}`, {
						n: i + 1,
						basis: t(`lint.basis.${key}`),
						law: b.law ?? '',
						article: b.article ?? ''
					}),
					fix: { message: t('lint.legal-basis-needs-decision.fix') }
				});
			});
		};
		scan(item.guide?.legalBasis, 'legalBasis');
		scan(item.guide?.implementationBasis, 'implementationBasis');
		return out;
	}
};

export const feeBasisMissing: Rule = {
	id: 'fee-basis-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.fee-basis-missing.title'),
	description: bothLanguages(messages, 'lint.fee-basis-missing.description'),
	check({ item, locale }) {
		const fees = item.guide?.fees;
		if (!fees || fees.free) return [];
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		(fees.items ?? []).forEach((f, i) => {
			if (typeof f?.basis === 'string' && f.basis.trim()) return;
			out.push({
				pointer: pointer('guide', 'fees', 'items', i, 'basis'),
				message: t('lint.fee-basis-missing.message', { fee: f?.name ?? i + 1 }),
				fix: { message: t('lint.fee-basis-missing.fix') }
			});
		});
		return out;
	}
};

export const feeItemsMissing: Rule = {
	id: 'fee-items-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.fee-items-missing.title'),
	description: bothLanguages(messages, 'lint.fee-items-missing.description'),
	check({ item, locale }) {
		const fees = item.guide?.fees;
		if (!fees || fees.free || (Array.isArray(fees.items) && fees.items.length > 0)) return [];
		const t = translator(messages, locale);
		return [
			{
				pointer: '/guide/fees',
				message: t('lint.fee-items-missing.message'),
				fix: { message: t('lint.fee-items-missing.fix') }
			}
		];
	}
};

export const guideElementMissing: Rule = {
	id: 'guide-element-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.guide-element-missing.title'),
	description: bothLanguages(messages, 'lint.guide-element-missing.description'),
	check({ item, locale }) {
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		for (const el of requirementsFor(item.kind).elements) {
			if (el === 'legalBasis' || hasElement(item, el)) continue;
			const element = t(`lint.element.${el}`);
			out.push({
				pointer: ELEMENT_POINTERS[el],
				message: t('lint.guide-element-missing.message', { element }),
				fix: { message: t('lint.guide-element-missing.fix', { element }) }
			});
		}
		return out;
	}
};

export const resultTypeMismatch: Rule = {
	id: 'result-type-mismatch',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.result-type-mismatch.title'),
	description: bothLanguages(messages, 'lint.result-type-mismatch.description'),
	check({ item, locale }) {
		const allowed = requirementsFor(item.kind).resultTypes;
		const type = item.guide?.result?.type;
		if (!allowed || !type || allowed.includes(type)) return [];
		const t = translator(messages, locale);
		const name = (r: ResultType) => lookup(messages, locale, `lint.resultType.${r}`) ?? r;
		const list = joinList(locale, allowed.map(name));
		return [
			{
				pointer: '/guide/result/type',
				message: t('lint.result-type-mismatch.message', { type: name(type), list }),
				fix: {
					message: t('lint.result-type-mismatch.fix', { list }),
					patch:
						allowed.length === 1
							? [{ op: 'replace', path: '/guide/result/type', value: allowed[0] }]
							: undefined
				}
			}
		];
	}
};

export const onlineUrlMissing: Rule = {
	id: 'online-url-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.online-url-missing.title'),
	description: bothLanguages(messages, 'lint.online-url-missing.description'),
	check({ item, locale }) {
		const online = item.guide?.online;
		if (!online?.available || (typeof online.url === 'string' && online.url.trim())) return [];
		const t = translator(messages, locale);
		return [
			{
				pointer: '/guide/online/url',
				message: t('lint.online-url-missing.message'),
				fix: { message: t('lint.online-url-missing.fix') }
			}
		];
	}
};

export const onlineFullWithVisits: Rule = {
	id: 'online-full-with-visits',
	family: 'guide',
	defaultSeverity: 'warning',
	title: bothLanguages(messages, 'lint.online-full-with-visits.title'),
	description: bothLanguages(messages, 'lint.online-full-with-visits.description'),
	check({ item, locale }) {
		const g = item.guide;
		if (g?.online?.depth !== 4 || !(g.visits > 0)) return [];
		const t = translator(messages, locale);
		return [
			{
				pointer: '/guide/visits',
				message: t('lint.online-full-with-visits.message', { visits: g.visits }),
				fix: { message: t('lint.online-full-with-visits.fix') }
			}
		];
	}
};

export const guidePhoneInvalid: Rule = {
	id: 'guide-phone-invalid',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.guide-phone-invalid.title'),
	description: bothLanguages(messages, 'lint.guide-phone-invalid.description'),
	check({ item, locale }) {
		const t = translator(messages, locale);
		const g = item.guide;
		const out: RawFinding[] = [];
		const check = (value: unknown, ptr: string, where: string) => {
			if (typeof value !== 'string') return;
			const r = checkServicePhone(value, { locale });
			if (r.valid) return;
			out.push({
				pointer: ptr,
				message: t('lint.guide-phone-invalid.message', {
					where,
					value,
					reason: r.message ?? ''
				}),
				fix: { message: t('lint.guide-phone-invalid.fix') }
			});
		};
		(g?.locations ?? []).forEach((l, i) =>
			check(
				l?.phone,
				pointer('guide', 'locations', i, 'phone'),
				t('lint.phone.location', { location: l?.name ?? i + 1 })
			)
		);
		(g?.consult?.phones ?? []).forEach((p, i) =>
			check(p, pointer('guide', 'consult', 'phones', i), t('lint.phone.consult'))
		);
		(g?.complaint?.phones ?? []).forEach((p, i) =>
			check(p, pointer('guide', 'complaint', 'phones', i), t('lint.phone.complaint'))
		);
		return out;
	}
};

export const departmentCreditCodeInvalid: Rule = {
	id: 'department-credit-code-invalid',
	family: 'guide',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.department-credit-code-invalid.title'),
	description: bothLanguages(messages, 'lint.department-credit-code-invalid.description'),
	check({ item, locale }) {
		const code = item.department?.creditCode;
		if (typeof code !== 'string') return [];
		const r = checkFormat('cn-uscc', code, { locale });
		if (r.valid) return [];
		const t = translator(messages, locale);
		return [
			{
				pointer: '/department/creditCode',
				message: t('lint.department-credit-code-invalid.message', {
					department: item.department.name,
					code,
					reason: r.message ?? ''
				}),
				fix: { message: t('lint.department-credit-code-invalid.fix') }
			}
		];
	}
};

export const guideRules: Rule[] = [
	legalBasisMissing,
	legalBasisLawMissing,
	legalBasisNeedsDecision,
	feeBasisMissing,
	feeItemsMissing,
	guideElementMissing,
	resultTypeMismatch,
	onlineUrlMissing,
	onlineFullWithVisits,
	guidePhoneInvalid,
	departmentCreditCodeInvalid
];
