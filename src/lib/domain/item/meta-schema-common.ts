// Pieces of the item meta-schema (item-schema.ts) that more than one of its parts is made of: the
// builders that give every property its Chinese title and description, and the shapes several parts
// share (a time limit, a legal basis, an embedded JSON Schema).
import { LAW_ID_PATTERN } from '../law/types';
import { enumValues, label, type LabelEnum } from './labels';
import type { JsonSchema } from './types';

export type S = JsonSchema;

export function obj(
	title: string,
	description: string,
	properties: Record<string, S>,
	required: string[] = []
): S {
	return { type: 'object', title, description, properties, required, additionalProperties: false };
}

export function str(title: string, description: string, extra: S = {}): S {
	return { type: 'string', title, description, ...extra };
}

export function text(title: string, description: string): S {
	return str(title, description, { minLength: 1 });
}

export function int(title: string, description: string, minimum = 0): S {
	return { type: 'integer', title, description, minimum };
}

export function bool(title: string, description: string): S {
	return { type: 'boolean', title, description };
}

export function list(
	title: string,
	description: string,
	items: S,
	minItems = 0,
	unique = false
): S {
	const s: S = { type: 'array', title, description, items };
	if (minItems) s.minItems = minItems;
	if (unique) s.uniqueItems = true;
	return s;
}

/** An enum with per-value help for Monaco (`markdownEnumDescriptions` is what it shows). */
export function choice(
	enumName: LabelEnum,
	title: string,
	description: string,
	numeric = false
): S {
	const keys = enumValues(enumName);
	return {
		type: numeric ? 'integer' : 'string',
		title,
		description,
		enum: numeric ? keys.map(Number) : keys,
		markdownEnumDescriptions: keys.map(
			(k) => `${label(enumName, k, 'zh-CN')}（${label(enumName, k, 'en')}）`
		)
	};
}

export const date = (title: string, description: string) =>
	str(title, description, { format: 'date' });

export const timeLimit = (title: string, description: string) =>
	obj(
		title,
		description,
		{
			value: int('数值', '时限的数值，非负整数'),
			unit: choice('timeUnit', '单位', '时限单位：工作日、自然日或月'),
			note: str('说明', '时限的补充说明，如“不含专家评审时间”')
		},
		['value', 'unit']
	);

export const legalBasis = obj(
	'法律依据',
	'一条法律法规依据',
	{
		law: text('法律法规名称', '如《中华人民共和国食品安全法》'),
		docNumber: str('文号', '如 国务院令第204号'),
		article: str('条款号', '如 第三十五条'),
		text: str('条款内容', '条款原文'),
		effectiveOn: date('施行日期', '依据的施行日期（YYYY-MM-DD）'),
		repealedOn: date('废止日期', '依据的废止日期（YYYY-MM-DD），已废止的依据不得继续引用'),
		lawId: str('法规库编号', '引用的法规库中法律法规的编号（可不填，仅写名称亦可）', {
			pattern: LAW_ID_PATTERN
		}),
		needsDecision: str('待人工决定', '法规变更后须人工决定的引用：条款已删除或法规已废止', {
			enum: ['article-deleted', 'law-repealed'],
			markdownEnumDescriptions: ['条款已删除（article deleted）', '法规已废止（law repealed）']
		})
	},
	['law']
);

export const anySchema: S = {
	type: ['object', 'boolean'],
	title: 'JSON Schema',
	description: 'JSON Schema 2020-12'
};
