// What the API says about a request that does not match its declaration. The texts are those the
// server has always answered with, so clients and tests see the same words.
import { defineMessages } from '../domain/i18n';

export const apiMessages = defineMessages(
	{
		'api.badRequest': '请求无效',
		'api.body.notObject': '请求体必须是 JSON 对象。',
		'api.body.invalid': '请求体字段有误。',
		'api.field.unknown': '未知字段 {key}',
		'api.field.required': '缺少必填字段 {key}',
		'api.field.type': '{key} 应为{type}',
		'api.field.enum': '{key} 须为 {values} 之一',
		'api.field.invalid': '{key} 的值无效',
		'api.type.string': '字符串',
		'api.type.number': '数字',
		'api.type.integer': '整数',
		'api.type.boolean': '布尔值',
		'api.type.object': '对象',
		'api.type.array': '数组',
		'api.type.null': 'null',
		'api.query.unknown': '未知查询参数：{names}',
		'api.query.unknownOne': '未知查询参数 {name}',
		'api.query.integer': '参数 {name} 应为 {min}–{max} 之间的整数。',
		'api.query.integerFrom': '参数 {name} 应为不小于 {min} 的整数。',
		'api.query.enum': '{name} 须为 {values} 之一。',
		'api.query.date': '{name} 须为 YYYY-MM-DD 格式的日期。',
		'api.query.invalid': '参数 {name} 无效。',
		'api.query.invalidMany': '查询参数有误。'
	},
	{
		'api.badRequest': 'Bad request',
		'api.body.notObject': 'The request body must be a JSON object.',
		'api.body.invalid': 'The request body has invalid fields.',
		'api.field.unknown': 'unknown field {key}',
		'api.field.required': 'missing required field {key}',
		'api.field.type': '{key} must be {type}',
		'api.field.enum': '{key} must be one of {values}',
		'api.field.invalid': '{key} is invalid',
		'api.type.string': 'a string',
		'api.type.number': 'a number',
		'api.type.integer': 'an integer',
		'api.type.boolean': 'a boolean',
		'api.type.object': 'an object',
		'api.type.array': 'an array',
		'api.type.null': 'null',
		'api.query.unknown': 'Unknown query parameters: {names}',
		'api.query.unknownOne': 'unknown query parameter {name}',
		'api.query.integer': 'Parameter {name} must be an integer between {min} and {max}.',
		'api.query.integerFrom': 'Parameter {name} must be an integer of at least {min}.',
		'api.query.enum': '{name} must be one of {values}.',
		'api.query.date': '{name} must be a date as YYYY-MM-DD.',
		'api.query.invalid': 'Parameter {name} is invalid.',
		'api.query.invalidMany': 'The query has invalid parameters.'
	}
);
