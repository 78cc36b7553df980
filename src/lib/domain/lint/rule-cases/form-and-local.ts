// Trigger and near-miss cases for the form and strict-local rules.
import type { RuleCases } from './case-types';
import { fieldAt, formProps, itemFieldAt, strict } from './case-types';

export const FORM_AND_LOCAL_CASES: Record<string, RuleCases> = {
	'form-field-untitled': {
		trigger: [
			{
				name: 'nested field without title',
				mutate: (i) => delete fieldAt(i, 'premises', 'area').title,
				pointer: '/form/schema/properties/premises/properties/area',
				says: 'premises.area'
			},
			{
				name: 'array item field with a blank title',
				mutate: (i) => (itemFieldAt(i, 'staff', 'name').title = ' '),
				pointer: '/form/schema/properties/staff/items/properties/name'
			}
		],
		pass: [
			{
				name: 'array items object itself has no title',
				mutate: (i) => delete (formProps(i).staff as { items: { title?: string } }).items.title
			}
		]
	},
	'required-field-hidden': {
		trigger: [
			{
				name: 'required field hidden by widget',
				mutate: (i) => (i.form.uiSchema.premises = { area: { 'ui:widget': 'hidden' } }),
				pointer: '/form/schema/properties/premises/properties/area',
				says: '面积（平方米）'
			},
			{
				name: 'required array item field hidden by option',
				mutate: (i) =>
					(i.form.uiSchema.staff = { items: { name: { 'ui:options': { hidden: true } } } }),
				pointer: '/form/schema/properties/staff/items/properties/name'
			}
		],
		pass: [
			{
				name: 'hidden required field with a default',
				mutate: (i) => {
					(fieldAt(i, 'applicant', 'channel') as { default?: string }).default = 'online';
					(formProps(i).applicant as { required: string[] }).required.push('channel');
				}
			},
			{
				name: 'hidden optional field',
				mutate: (i) => (i.form.uiSchema.premises = { postcode: { 'ui:widget': 'hidden' } })
			}
		]
	},
	'form-pattern-invalid': {
		trigger: [
			{
				name: 'unbalanced bracket',
				mutate: (i) => (fieldAt(i, 'premises', 'postcode').pattern = '^[0-9{6}$'),
				pointer: '/form/schema/properties/premises/properties/postcode/pattern'
			},
			{
				name: 'invalid patternProperties key',
				mutate: (i) =>
					(formProps(i).extra = {
						type: 'object',
						title: '其他信息',
						patternProperties: { '^(x': { type: 'string' } }
					}),
				pointer: '/form/schema/properties/extra/patternProperties/^(x'
			}
		],
		pass: [
			{
				name: 'valid Unicode pattern',
				mutate: (i) => (fieldAt(i, 'applicant', 'name').pattern = '^[\\u4e00-\\u9fa5·]{2,30}$')
			}
		]
	},
	'form-pattern-redos': {
		trigger: [
			{
				name: 'nested quantifier in a field pattern',
				mutate: (i) => (fieldAt(i, 'applicant', 'name').pattern = '^([a-z]+)*$'),
				pointer: '/form/schema/properties/applicant/properties/name/pattern',
				says: '灾难性回溯'
			},
			{
				name: 'nested quantifier deep in a $defs schema',
				mutate: (i) =>
					(i.form.schema.$defs = {
						code: { anyOf: [{ type: 'string', pattern: '^(\\d+)+$' }] }
					}),
				pointer: '/form/schema/$defs/code/anyOf/0/pattern'
			},
			{
				name: 'patternProperties key with overlapping repetition',
				mutate: (i) =>
					(formProps(i).extra = {
						type: 'object',
						title: '其他信息',
						patternProperties: { '^(\\w+\\s?)*$': { type: 'string' } }
					}),
				pointer: '/form/schema/properties/extra/patternProperties/^(\\w+\\s?)*$'
			}
		],
		pass: [
			{
				name: 'landline pattern with optional parts',
				mutate: (i) =>
					(fieldAt(i, 'applicant', 'phone').pattern = '^(0\\d{2,3}-?)?\\d{7,8}(-\\d{1,6})?$')
			},
			{
				name: 'a pattern inside a default value is data',
				mutate: (i) => (fieldAt(i, 'applicant', 'name').default = { pattern: '^(a+)+$' } as never)
			}
		]
	},
	'local-supplement-max': {
		trigger: [
			{
				name: '25 supplement days under the strict profile',
				mutate: (i) => {
					i.guide.promisedTimeLimit = { value: 30, unit: 'workday' };
					i.guide.legalTimeLimit = { value: 30, unit: 'workday' };
					i.tolerance.supplementDays = 25;
				},
				opts: strict,
				pointer: '/tolerance/supplementDays',
				says: '20 个工作日'
			}
		],
		pass: [
			{
				name: 'same item under the national profile',
				mutate: (i) => {
					i.guide.promisedTimeLimit = { value: 30, unit: 'workday' };
					i.guide.legalTimeLimit = { value: 30, unit: 'workday' };
					i.tolerance.supplementDays = 25;
				}
			},
			{
				name: '20 supplement days under the strict profile',
				mutate: (i) => {
					i.guide.promisedTimeLimit = { value: 30, unit: 'workday' };
					i.guide.legalTimeLimit = { value: 30, unit: 'workday' };
					i.tolerance.supplementDays = 20;
				},
				opts: strict
			}
		]
	},
	'local-supplement-margin': {
		trigger: [
			{
				name: 'material deadline only one workday inside the promise',
				mutate: (i) => (i.materials[2].supplementDays = 9),
				opts: strict,
				pointer: '/materials/2/supplementDays',
				says: '少 2 个工作日'
			}
		],
		pass: [
			{
				name: 'two workdays inside the promise',
				mutate: (i) => (i.materials[2].supplementDays = 8),
				opts: strict
			},
			{
				name: 'one workday inside, national profile',
				mutate: (i) => (i.materials[2].supplementDays = 9)
			}
		]
	}
};
