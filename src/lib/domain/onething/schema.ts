// The one-thing document's own JSON Schema (2020-12): the first stage of validateOneThing and what an
// editor's JSON tab validates against. The guide's parts are the item meta-schema's own (process
// steps, time limits, locations, contacts), so both documents read alike. Closed everywhere.
import { itemSchema } from '../item/item-schema';
import type { JsonSchema } from '../item/types';
import { SEMANTIC_KEY_PATTERN } from './vocabulary';

export const ONETHING_SCHEMA_ID = 'https://banshi.studio/schemas/onething/v1.json';

type S = JsonSchema;
const itemProp = (...path: string[]): S => {
	let node = itemSchema;
	for (const p of path) node = (node.properties as Record<string, S>)[p] ?? (node[p] as S);
	return structuredClone(node);
};

const obj = (title: string, properties: Record<string, S>, required: string[]): S => ({
	type: 'object',
	title,
	properties,
	required,
	additionalProperties: false
});
const text = (title: string, extra: S = {}): S => ({
	type: 'string',
	title,
	minLength: 1,
	...extra
});

const guide = itemProp('guide');
const guideProps = guide.properties as Record<string, S>;

const member = obj(
	'成员事项',
	{
		code: text('事项编码', { maxLength: 64, pattern: '^[^/\\\\]+$' }),
		pin: {
			title: '版本',
			description: '固定的已发布版本号，或 latest（发布一件事时取最新发布版本）',
			anyOf: [{ type: 'integer', minimum: 1 }, { const: 'latest' }]
		},
		condition: {
			type: ['object', 'boolean'],
			title: '适用条件',
			description: '对合并后表单数据的 JSON Schema：满足时才办理该事项；缺省为始终办理'
		}
	},
	['code', 'pin']
);

const mapping = obj(
	'共享字段',
	{
		key: {
			type: 'string',
			title: '字段语义',
			description: '内置词表中的键，或 custom:名称',
			pattern: `^(custom:[^\\s].*|${SEMANTIC_KEY_PATTERN.slice(1, -1)})$`,
			maxLength: 100
		},
		fields: {
			type: 'array',
			title: '合并的字段',
			items: obj(
				'成员字段',
				{
					member: text('成员事项编码'),
					path: {
						type: 'array',
						title: '字段路径',
						minItems: 1,
						items: { type: 'string', minLength: 1 }
					}
				},
				['member', 'path']
			)
		},
		merge: { type: 'boolean', title: '是否合并', description: 'false：语义相同也分开填写' }
	},
	['key', 'fields']
);

export const oneThingSchema: S = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	$id: ONETHING_SCHEMA_ID,
	...obj(
		'一件事',
		{
			$schema: { type: 'string', const: ONETHING_SCHEMA_ID },
			schemaVersion: { const: 1, title: '文档格式版本' },
			documentType: { const: 'onething', title: '文档类型' },
			code: text('一件事编码', { maxLength: 64, pattern: '^[^/\\\\]+$' }),
			name: text('一件事名称', { maxLength: 200 }),
			theme: obj(
				'主题',
				{
					kind: {
						type: 'string',
						title: '主题类型',
						enum: ['life-event', 'business-event'],
						markdownEnumDescriptions: [
							'个人生命周期事件（life event）',
							'企业生命周期事件（business event）'
						]
					},
					name: text('主题名称', { maxLength: 100 })
				},
				['kind', 'name']
			),
			leadDepartment: itemProp('department'),
			members: { type: 'array', title: '成员事项', items: member },
			sharedFields: { type: 'array', title: '共享字段映射', items: mapping },
			guide: obj(
				'一件事办事指南',
				{
					summary: text('一件事简介', { maxLength: 2000 }),
					conditions: guideProps.conditions,
					process: guideProps.process,
					jointTimeLimit: { ...guideProps.promisedTimeLimit, title: '联办承诺时限' },
					window: { ...(guideProps.locations.items as S), title: '一窗受理窗口' },
					consult: guideProps.consult,
					complaint: guideProps.complaint
				},
				['summary', 'process', 'jointTimeLimit', 'window', 'consult']
			)
		},
		['schemaVersion', 'documentType', 'code', 'name', 'theme', 'leadDepartment', 'members', 'guide']
	)
};
