// Which guide elements each kind of item must state. One table, so a deployment reading the rule
// docs and a developer changing the standard look in the same place.
import type { Item, ItemKind, ResultType } from '../../item/types';

export type GuideElement =
	| 'legalBasis'
	| 'conditions'
	| 'process'
	| 'legalTimeLimit'
	| 'promisedTimeLimit'
	| 'result'
	| 'consultPhones'
	| 'complaintPhones';

export interface KindRequirements {
	elements: GuideElement[];
	/** result types that fit the kind; absent: any */
	resultTypes?: ResultType[];
}

const APPLIED_FOR: GuideElement[] = [
	'legalBasis',
	'conditions',
	'process',
	'promisedTimeLimit',
	'result',
	'consultPhones',
	'complaintPhones'
];
// penalties, enforcement and inspections are not applied for: no conditions or promise to state
const EX_OFFICIO: GuideElement[] = ['legalBasis', 'process', 'complaintPhones'];

export const KIND_REQUIREMENTS: Record<ItemKind, KindRequirements> = {
	licensing: {
		elements: [...APPLIED_FOR, 'legalTimeLimit'],
		resultTypes: ['licence', 'approval-document']
	},
	payment: { elements: APPLIED_FOR, resultTypes: ['payment'] },
	confirmation: {
		elements: [...APPLIED_FOR, 'legalTimeLimit'],
		resultTypes: ['certificate', 'approval-document', 'other']
	},
	reward: { elements: APPLIED_FOR },
	adjudication: {
		elements: [...APPLIED_FOR, 'legalTimeLimit'],
		resultTypes: ['approval-document', 'other']
	},
	levy: { elements: APPLIED_FOR },
	penalty: { elements: EX_OFFICIO },
	enforcement: { elements: EX_OFFICIO },
	inspection: { elements: EX_OFFICIO },
	'other-power': { elements: APPLIED_FOR },
	'public-service': { elements: ['conditions', 'process', 'promisedTimeLimit', 'consultPhones'] }
};

/** Where each element lives in the item document (its name is `lint.element.<element>`). */
export const ELEMENT_POINTERS: Record<GuideElement, string> = {
	legalBasis: '/guide/legalBasis',
	conditions: '/guide/conditions',
	process: '/guide/process',
	legalTimeLimit: '/guide/legalTimeLimit',
	promisedTimeLimit: '/guide/promisedTimeLimit',
	result: '/guide/result/name',
	consultPhones: '/guide/consult/phones',
	complaintPhones: '/guide/complaint/phones'
};

const nonEmptyList = (v: unknown) =>
	Array.isArray(v) && v.some((x) => (typeof x === 'string' ? x.trim() !== '' : x != null));
const positive = (t: { value?: unknown } | undefined) =>
	typeof t?.value === 'number' && t.value > 0;

export function hasElement(item: Item, el: GuideElement): boolean {
	const g = item.guide;
	if (!g) return false;
	switch (el) {
		case 'legalBasis':
			return nonEmptyList(g.legalBasis);
		case 'conditions':
			return nonEmptyList(g.conditions);
		case 'process':
			return nonEmptyList(g.process);
		case 'legalTimeLimit':
			return positive(g.legalTimeLimit);
		case 'promisedTimeLimit':
			// 即办件 are done on the spot: a zero promise is the honest one
			return item.caseType === 'immediate'
				? typeof g.promisedTimeLimit?.value === 'number'
				: positive(g.promisedTimeLimit);
		case 'result':
			return typeof g.result?.name === 'string' && g.result.name.trim() !== '';
		case 'consultPhones':
			return nonEmptyList(g.consult?.phones);
		case 'complaintPhones':
			return nonEmptyList(g.complaint?.phones);
	}
}

export function requirementsFor(kind: ItemKind): KindRequirements {
	return KIND_REQUIREMENTS[kind] ?? { elements: [] };
}
