// 申请材料: checks on each material and on the list as a whole.
import { bothLanguages, translator } from '../../i18n';
import { conditionReferences } from '../../item/conditions';
import { pointer } from '../../pointer';
import type { RawFinding, Rule } from '../types';
import { materialRuleMessages as messages } from './materials.messages';

export const essentialMaterialTolerable: Rule = {
	id: 'essential-material-tolerable',
	family: 'materials',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.essential-material-tolerable.title'),
	description: bothLanguages(messages, 'lint.essential-material-tolerable.description'),
	check({ item, locale }) {
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		(item.materials ?? []).forEach((m, i) => {
			if (!m?.essential || m.necessity !== 'tolerable') return;
			const ptr = pointer('materials', i, 'necessity');
			out.push({
				pointer: ptr,
				message: t('lint.essential-material-tolerable.message', { material: m.name }),
				fix: {
					message: t('lint.essential-material-tolerable.fix'),
					patch: [{ op: 'replace', path: ptr, value: 'required' }]
				}
			});
		});
		return out;
	}
};

/** Names that differ only in spacing or full-width/half-width forms are the same name to people. */
export function normaliseName(name: string): string {
	return name.normalize('NFKC').replace(/\s+/gu, '');
}

export const materialNameDuplicate: Rule = {
	id: 'material-name-duplicate',
	family: 'materials',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.material-name-duplicate.title'),
	description: bothLanguages(messages, 'lint.material-name-duplicate.description'),
	check({ item, locale }) {
		const t = translator(messages, locale);
		const seen = new Map<string, number>();
		const out: RawFinding[] = [];
		(item.materials ?? []).forEach((m, i) => {
			if (typeof m?.name !== 'string') return;
			const key = normaliseName(m.name);
			if (!key) return;
			const first = seen.get(key);
			if (first === undefined) {
				seen.set(key, i);
				return;
			}
			out.push({
				pointer: pointer('materials', i, 'name'),
				message: t('lint.material-name-duplicate.message', {
					name: m.name.trim(),
					first: first + 1
				}),
				fix: { message: t('lint.material-name-duplicate.fix') }
			});
		});
		return out;
	}
};

export const materialConditionUnknownField: Rule = {
	id: 'material-condition-unknown-field',
	family: 'materials',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.material-condition-unknown-field.title'),
	description: bothLanguages(messages, 'lint.material-condition-unknown-field.description'),
	check(ctx) {
		const { item, locale } = ctx;
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		(item.materials ?? []).forEach((m, i) => {
			if (!m?.condition || typeof m.condition !== 'object') return;
			const keys = ctx.fieldKeys();
			const reported = new Set<string>();
			for (const ref of conditionReferences(m.condition)) {
				if (keys.has(ref.key) || reported.has(ref.key)) continue;
				reported.add(ref.key);
				out.push({
					pointer: pointer('materials', i, 'condition', ...ref.tokens),
					message: t('lint.material-condition-unknown-field.message', {
						material: m.name,
						field: ref.key
					}),
					fix: { message: t('lint.material-condition-unknown-field.fix') }
				});
			}
		});
		return out;
	}
};

export const materialRules: Rule[] = [
	essentialMaterialTolerable,
	materialNameDuplicate,
	materialConditionUnknownField
];
