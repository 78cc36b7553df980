// 申请材料: checks on each material and on the list as a whole.
import { msg } from '../../i18n';
import { conditionReferences } from '../../item/conditions';
import { pointer } from '../../pointer';
import type { RawFinding, Rule } from '../types';

export const essentialMaterialTolerable: Rule = {
	id: 'essential-material-tolerable',
	family: 'materials',
	defaultSeverity: 'error',
	title: { zh: '要件被设为容缺', en: 'Essential material marked tolerable' },
	description: {
		zh: '主要材料（要件）决定能否受理，不得容缺后补。',
		en: 'Essential materials decide whether an application can be accepted; they may never be tolerated.'
	},
	check({ item, locale }) {
		const out: RawFinding[] = [];
		(item.materials ?? []).forEach((m, i) => {
			if (!m?.essential || m.necessity !== 'tolerable') return;
			const ptr = pointer('materials', i, 'necessity');
			out.push({
				pointer: ptr,
				message: msg(
					locale,
					`材料“${m.name}”是要件，不得设为容缺后补`,
					`Material “${m.name}” is essential and may not be tolerable`
				),
				fix: {
					message: msg(locale, '将必要性改为“必要”', 'Set its necessity to required'),
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
	title: { zh: '材料名称重复', en: 'Duplicate material name' },
	description: {
		zh: '同一事项中的材料名称（忽略空格和全角/半角差异）不得重复，否则申请人无法区分。',
		en: 'Material names (ignoring spaces and full-width/half-width forms) must be unique within an item so applicants can tell them apart.'
	},
	check({ item, locale }) {
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
				message: msg(
					locale,
					`材料名称“${m.name.trim()}”与第 ${first + 1} 项材料重复`,
					`Material name “${m.name.trim()}” duplicates material ${first + 1}`
				),
				fix: {
					message: msg(
						locale,
						'合并两项材料，或修改名称以说明区别',
						'Merge the two materials or rename one to say how they differ'
					)
				}
			});
		});
		return out;
	}
};

export const materialConditionUnknownField: Rule = {
	id: 'material-condition-unknown-field',
	family: 'materials',
	defaultSeverity: 'error',
	title: {
		zh: '材料条件引用了不存在的字段',
		en: 'Material condition refers to a missing field'
	},
	description: {
		zh: '材料的适用条件只能引用申请表中存在的字段，否则该条件永远不会（或总是）成立。',
		en: 'A material condition may only refer to fields of the application form; otherwise it never (or always) applies.'
	},
	check(ctx) {
		const { item, locale } = ctx;
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
					message: msg(
						locale,
						`材料“${m.name}”的适用条件引用了申请表中不存在的字段“${ref.key}”`,
						`The condition of material “${m.name}” refers to “${ref.key}”, which is not a field of the application form`
					),
					fix: {
						message: msg(
							locale,
							'在申请表中添加该字段，或修改条件使用已有字段',
							'Add the field to the form or change the condition to use an existing field'
						)
					}
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
