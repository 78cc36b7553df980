// A new item for the designer: valid from the first keystroke, so autosave and preview work, with
// placeholders ("待填写") that lint flags until the editor replaces them.
import { ITEM_SCHEMA_ID } from './item-schema';
import { SCHEMA_VERSION, type Item } from './types';

/** Placeholder department credit code (structurally valid) until the editor picks the real one. */
export const PLACEHOLDER_CREDIT_CODE = '11110000000000000N';
export const PLACEHOLDER = '待填写';

export function newItem(partial: Partial<Item> = {}): Item {
	const item: Item = {
		$schema: ITEM_SCHEMA_ID,
		schemaVersion: SCHEMA_VERSION,
		code: 'draft',
		name: `${PLACEHOLDER}：事项名称`,
		kind: 'licensing',
		department: { name: `${PLACEHOLDER}：实施主体`, creditCode: PLACEHOLDER_CREDIT_CODE },
		levels: ['city'],
		applicantTypes: ['person', 'legal-person'],
		caseType: 'promised',
		riskClass: 'control',
		guide: {
			legalBasis: [{ law: `${PLACEHOLDER}：设定依据` }],
			conditions: [`${PLACEHOLDER}：受理条件`],
			process: [{ name: '受理' }, { name: '审查' }, { name: '决定' }, { name: '送达' }],
			legalTimeLimit: { value: 20, unit: 'workday' },
			promisedTimeLimit: { value: 20, unit: 'workday' },
			fees: { free: true },
			channels: ['window'],
			locations: [],
			consult: { phones: [PLACEHOLDER] },
			complaint: { phones: ['12345'] },
			visits: 1,
			online: { available: false },
			result: { type: 'approval-document', name: `${PLACEHOLDER}：办理结果` }
		},
		materials: [],
		tolerance: {
			enabled: false,
			maxMissing: 0,
			commitmentText: '',
			supplementDays: 5,
			consequence: ''
		},
		form: { schema: { type: 'object', properties: {} }, uiSchema: {} }
	};
	return { ...item, ...structuredClone(partial) };
}
