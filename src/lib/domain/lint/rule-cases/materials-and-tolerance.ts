// Trigger and near-miss cases for the material and tolerance rules.
import type { RuleCases } from './case-types';

export const MATERIAL_AND_TOLERANCE_CASES: Record<string, RuleCases> = {
	'essential-material-tolerable': {
		trigger: [
			{
				name: 'essential licence tolerable',
				mutate: (i) => (i.materials[1].necessity = 'tolerable'),
				pointer: '/materials/1/necessity',
				says: '营业执照'
			}
		],
		pass: [
			{
				name: 'non-essential material tolerable',
				mutate: (i) => (i.materials[2].necessity = 'tolerable')
			}
		]
	},
	'material-name-duplicate': {
		trigger: [
			{
				name: 'same name with a full-width space and half-width brackets',
				mutate: (i) => {
					i.materials[0].name = '营业执照（副本）';
					i.materials[1].name = '\u3000营业执照 (副本) ';
				},
				pointer: '/materials/1/name',
				says: '第 1 项'
			}
		],
		pass: [
			{
				name: 'names that differ in words',
				mutate: (i) => {
					i.materials[0].name = '营业执照（正本）';
					i.materials[1].name = '营业执照（副本）';
				}
			}
		]
	},
	'material-condition-unknown-field': {
		trigger: [
			{
				name: 'condition on a field not in the form',
				mutate: (i) =>
					(i.materials[1].condition = {
						properties: { applicant: { properties: { kind: { const: 'legal-person' } } } }
					}),
				pointer: '/materials/1/condition/properties/applicant/properties/kind',
				says: 'applicant.kind'
			},
			{
				name: 'required names a missing field inside an array',
				mutate: (i) =>
					(i.materials[2].condition = {
						properties: { staff: { contains: { required: ['licenceNo'] } } }
					}),
				pointer: '/materials/2/condition/properties/staff/contains/required/0'
			}
		],
		pass: [
			{
				name: 'condition through allOf on existing fields',
				mutate: (i) =>
					(i.materials[2].condition = {
						allOf: [
							{ properties: { premises: { properties: { area: { minimum: 100 } } } } },
							{ properties: { staff: { contains: { required: ['certificate'] } } } }
						]
					})
			}
		]
	},
	'tolerance-forbidden-for-risk-class': {
		trigger: [
			{
				name: 'control-class item with tolerance',
				mutate: (i) => (i.riskClass = 'control'),
				pointer: '/tolerance/enabled',
				says: '控制类'
			},
			{
				name: 'policy forbids tolerance for cautious items',
				mutate: () => {},
				opts: {
					policy: {
						immediateCasesTolerate: false,
						classes: {
							control: { toleranceAllowed: false, maxMissing: 0 },
							cautious: { toleranceAllowed: false, maxMissing: 0 },
							encouraged: { toleranceAllowed: true, maxMissing: 3 }
						}
					}
				},
				pointer: '/tolerance/enabled',
				says: '慎审类'
			}
		],
		pass: [
			{
				name: 'policy allows tolerance for control items',
				mutate: (i) => (i.riskClass = 'control'),
				opts: {
					policy: {
						immediateCasesTolerate: false,
						classes: {
							control: { toleranceAllowed: true, maxMissing: 1 },
							cautious: { toleranceAllowed: true, maxMissing: 1 },
							encouraged: { toleranceAllowed: true, maxMissing: 3 }
						}
					}
				}
			},
			{
				name: 'control item with tolerance disabled',
				mutate: (i) => {
					i.riskClass = 'control';
					i.tolerance.enabled = false;
					i.materials[2].necessity = 'optional';
				}
			}
		]
	},
	'tolerance-on-immediate-case': {
		trigger: [
			{
				name: 'immediate case with tolerance',
				mutate: (i) => (i.caseType = 'immediate'),
				pointer: '/tolerance/enabled',
				says: '即办件'
			}
		],
		pass: [
			{
				name: 'policy lets immediate cases tolerate',
				mutate: (i) => (i.caseType = 'immediate'),
				opts: {
					policy: {
						immediateCasesTolerate: true,
						classes: {
							control: { toleranceAllowed: false, maxMissing: 0 },
							cautious: { toleranceAllowed: true, maxMissing: 1 },
							encouraged: { toleranceAllowed: true, maxMissing: 3 }
						}
					}
				}
			}
		]
	},
	'max-missing-exceeds-tolerable': {
		trigger: [
			{
				name: 'two may be missing but only one is tolerable',
				mutate: (i) => {
					i.riskClass = 'encouraged';
					i.tolerance.maxMissing = 2;
				},
				pointer: '/tolerance/maxMissing',
				says: '（2）大于可容缺材料数（1）'
			}
		],
		pass: [
			{
				name: 'two tolerable, two may be missing',
				mutate: (i) => {
					i.riskClass = 'encouraged';
					i.tolerance.maxMissing = 2;
					i.materials[0].essential = false;
					i.materials[0].necessity = 'tolerable';
				}
			}
		]
	},
	'max-missing-exceeds-policy': {
		trigger: [
			{
				name: 'cautious item tolerating two',
				mutate: (i) => {
					i.tolerance.maxMissing = 2;
					i.materials[0].essential = false;
					i.materials[0].necessity = 'tolerable';
				},
				pointer: '/tolerance/maxMissing',
				says: '政策上限（1）'
			}
		],
		pass: [
			{
				name: 'encouraged item tolerating two',
				mutate: (i) => {
					i.riskClass = 'encouraged';
					i.tolerance.maxMissing = 2;
					i.materials[0].essential = false;
					i.materials[0].necessity = 'tolerable';
				}
			}
		]
	},
	'tolerance-without-tolerable-material': {
		trigger: [
			{
				name: 'enabled, nothing tolerable',
				mutate: (i) => (i.materials[2].necessity = 'optional'),
				pointer: '/tolerance/enabled'
			}
		],
		pass: [
			{
				name: 'disabled, nothing tolerable',
				mutate: (i) => {
					i.materials[2].necessity = 'optional';
					i.tolerance.enabled = false;
				}
			}
		]
	},
	'tolerable-material-tolerance-disabled': {
		trigger: [
			{
				name: 'tolerable material, tolerance off',
				mutate: (i) => (i.tolerance.enabled = false),
				pointer: '/materials/2/necessity',
				says: '经营场所平面布局图'
			}
		],
		pass: [
			{
				name: 'tolerance off, material optional',
				mutate: (i) => {
					i.tolerance.enabled = false;
					i.materials[2].necessity = 'optional';
				}
			}
		]
	}
};
