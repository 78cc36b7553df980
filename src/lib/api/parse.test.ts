// The checks derived from the declarations accept what clients send today and refuse what the
// server refused before them, with the same status, pointers and words.
import { describe, expect, it } from 'vitest';
import { endpoints, type EndpointName } from './endpoints';
import { parseBody, parseQuery } from './parse';
import { RequestError } from './problem';

const doc = { code: '11410100005803216830000000000001', name: '野生植物采集' };

/** Bodies the API tests and the designer send, by endpoint. */
const accepted: [EndpointName, unknown][] = [
	['signIn', { username: 'editor', password: 'banshi-demo' }],
	['createItem', { template: 'wild-plant-collection' }],
	['createItem', { document: doc, department: 'forestry' }],
	['createItem', { document: null }],
	['saveDraft', { baseRevision: 1, document: doc }],
	['saveDraft', { baseRevision: 0, document: doc }],
	['submit', {}],
	['publish', {}],
	['publish', { effectiveFrom: '2031-01-01' }],
	['publish', { effectiveFrom: '2026-13-45' }],
	['retire', { reason: '   ' }],
	['approve', {}],
	['approve', { comments: [] }],
	['return', { comments: [{ pointer: '/name', text: '名称不规范，请按目录填写' }] }],
	['return', { comments: [{ pointer: null, text: '请修改' }, { text: '另' }] }],
	['return', { comments: [{ pointer: 'name', text: '不是指针：由审核服务拒绝' }] }],
	['createUser', { username: 'u1', password: 'correct-horse-battery', role: 'reviewer' }],
	[
		'createUser',
		{ username: 'u2', password: 'p', role: 'editor', departments: ['a'], displayName: '张三' }
	],
	['changeUser', { disabled: true }],
	['changeUser', {}],
	['createDepartment', { code: 'forestry', name: '林业局' }],
	['createDepartment', { code: 'x', name: 'X', creditCode: null }],
	['changeDepartment', { creditCode: '11410100005803216X' }],
	['putCalendar', { years: { '2027': { holidays: [], workdays: [] } } }],
	['putCalendar', []]
];

type Refusal = { pointer: string; code: string }[] | 'not-an-object';

/** Bodies refused with 400 before any service sees them, and where the refusal points. */
const refused: [EndpointName, unknown, Refusal][] = [
	['signIn', { username: 'editor' }, [{ pointer: '/password', code: 'required' }]],
	['signIn', { username: 42, password: 'x' }, [{ pointer: '/username', code: 'type' }]],
	[
		'signIn',
		{ username: 'editor', password: 'x', role: 'admin' },
		[{ pointer: '/role', code: 'unknown-field' }]
	],
	['signIn', [], 'not-an-object'],
	['createItem', { template: 1 }, [{ pointer: '/template', code: 'type' }]],
	[
		'saveDraft',
		{ baseRevision: '1' },
		[
			{ pointer: '/baseRevision', code: 'type' },
			{ pointer: '/document', code: 'required' }
		]
	],
	[
		'saveDraft',
		{ baseRevision: 1, document: doc, force: true },
		[{ pointer: '/force', code: 'unknown-field' }]
	],
	['saveDraft', { baseRevision: 1.5, document: doc }, [{ pointer: '/baseRevision', code: 'type' }]],
	['saveDraft', { baseRevision: 1 }, [{ pointer: '/document', code: 'required' }]],
	[
		'saveDraft',
		{ baseRevision: -1, document: doc },
		[{ pointer: '/baseRevision', code: 'minimum' }]
	],
	[
		'saveDraft',
		{ baseRevision: 1e20, document: doc },
		[{ pointer: '/baseRevision', code: 'maximum' }]
	],
	...[[], 'text', 42, null].map(
		(body) => ['saveDraft', body, 'not-an-object'] as [EndpointName, unknown, Refusal]
	),
	['submit', { urgent: true }, [{ pointer: '/urgent', code: 'unknown-field' }]],
	['publish', { effectiveFrom: 20270101 }, [{ pointer: '/effectiveFrom', code: 'type' }]],
	['retire', { reason: 1 }, [{ pointer: '/reason', code: 'type' }]],
	['retire', {}, [{ pointer: '/reason', code: 'required' }]],
	['return', { comments: '不同意' }, [{ pointer: '/comments', code: 'type' }]],
	['approve', { force: true }, [{ pointer: '/force', code: 'unknown-field' }]],
	[
		'return',
		{ comments: [{ pointer: 7, text: '请修改' }] },
		[{ pointer: '/comments/0/pointer', code: 'type' }]
	],
	[
		'return',
		{ comments: [{ pointer: '/name' }] },
		[{ pointer: '/comments/0/text', code: 'required' }]
	],
	[
		'return',
		{ comments: [{ text: 'x', at: 1 }] },
		[{ pointer: '/comments/0/at', code: 'unknown-field' }]
	],
	['createUser', { username: 'u', password: 'p' }, [{ pointer: '/role', code: 'required' }]],
	// the declared type says Role: a role outside the list no longer reaches the account service
	[
		'createUser',
		{ username: 'u', password: 'p', role: 'boss' },
		[{ pointer: '/role', code: 'enum' }]
	],
	[
		'createUser',
		{ username: 'u', password: 'p', role: 'editor', departments: 'a' },
		[{ pointer: '/departments', code: 'type' }]
	],
	['changeUser', { disabled: 'yes' }, [{ pointer: '/disabled', code: 'type' }]],
	['createDepartment', { code: 'x' }, [{ pointer: '/name', code: 'required' }]],
	[
		'createDepartment',
		{ code: 'x', name: 'X', creditCode: 5 },
		[{ pointer: '/creditCode', code: 'type' }]
	],
	['changeDepartment', { name: null }, [{ pointer: '/name', code: 'type' }]]
];

function refusal(run: () => unknown): RequestError {
	try {
		run();
	} catch (error) {
		if (error instanceof RequestError) return error;
		throw error;
	}
	throw new Error('accepted');
}

function bodyOf(name: EndpointName) {
	const body = (endpoints[name] as { body?: Parameters<typeof parseBody>[0] }).body;
	if (!body) throw new Error(`${name} declares no body`);
	return body;
}

describe('request bodies', () => {
	it.each(accepted)('%s accepts %j', (name, body) => {
		expect(parseBody(bodyOf(name), body, 'zh-CN')).toBe(body);
	});

	it.each(refused)('%s refuses %j', (name, body, expected) => {
		const e = refusal(() => parseBody(bodyOf(name), body, 'zh-CN'));
		const problem = e.body('/api/v1/x');
		expect(problem).toMatchObject({
			type: 'https://banshi.studio/problems/bad-request',
			title: '请求无效',
			status: 400,
			instance: '/api/v1/x'
		});
		if (expected === 'not-an-object') {
			expect(problem.detail).toBe('请求体必须是 JSON 对象。');
			expect(problem.errors).toBeUndefined();
		} else {
			expect(problem.detail).toBe('请求体字段有误。');
			expect(problem.errors?.map(({ pointer, code }) => ({ pointer, code }))).toEqual(
				expect.arrayContaining(expected)
			);
			expect(problem.errors).toHaveLength(expected.length);
		}
	});

	it('words each refusal as the server always has, in both languages', () => {
		const body = { baseRevision: '1', force: true };
		const zh = refusal(() => parseBody(bodyOf('saveDraft'), body, 'zh-CN')).body();
		expect(zh.errors?.map((e) => e.message).sort()).toEqual(
			['baseRevision 应为整数', '未知字段 force', '缺少必填字段 document'].sort()
		);
		const en = refusal(() => parseBody(bodyOf('saveDraft'), body, 'en')).body();
		expect(en.title).toBe('Bad request');
		expect(en.detail).toBe('The request body has invalid fields.');
		expect(en.errors?.map((e) => e.message).sort()).toEqual(
			[
				'baseRevision must be an integer',
				'unknown field force',
				'missing required field document'
			].sort()
		);
		const role = refusal(() =>
			parseBody(bodyOf('createUser'), { username: 'u', password: 'p', role: 'boss' }, 'zh-CN')
		).body();
		expect(role.errors?.[0].message).toBe('role 须为 editor、reviewer、admin、inspector 之一');
		const nullable = refusal(() =>
			parseBody(bodyOf('createDepartment'), { code: 'x', name: 'X', creditCode: 5 }, 'en')
		).body();
		expect(nullable.errors?.[0].message).toBe('creditCode must be a string');
	});
});

const url = (query: string) => new URL(`http://x/api/v1/items?${query}`);

describe('query strings', () => {
	it('come back typed, with the declared defaults and empty values left out', () => {
		expect(parseQuery(endpoints.listItems.query, url(''), 'zh-CN')).toEqual({ limit: 20 });
		expect(
			parseQuery(
				endpoints.listItems.query,
				url('q=%E9%87%8E&status=draft&kind=licensing&department=&page=2&limit=50'),
				'zh-CN'
			)
		).toEqual({ q: '野', status: 'draft', kind: 'licensing', page: 2, limit: 50 });
		expect(parseQuery(endpoints.portalChanges.query, url('since=7'), 'zh-CN')).toEqual({
			since: 7,
			limit: 100
		});
		expect(parseQuery(endpoints.audit.query, url('subject=item%3AX'), 'zh-CN')).toEqual({
			subject: 'item:X',
			limit: 100,
			offset: 0
		});
	});

	it('refuse unknown parameters, naming them', () => {
		const e = refusal(() => parseQuery(endpoints.listItems.query, url('sort=name&x=1'), 'zh-CN'));
		expect(e.status).toBe(400);
		expect(e.detail).toBe('未知查询参数：sort、x');
		expect(e.errors).toEqual([
			expect.objectContaining({ pointer: '', code: 'unknown-parameter', parameter: 'sort' }),
			expect.objectContaining({ pointer: '', code: 'unknown-parameter', parameter: 'x' })
		]);
		const none = refusal(() => parseQuery(endpoints.portalCalendar.query, url('a=1'), 'en'));
		expect(none.detail).toBe('Unknown query parameters: a');
	});

	it.each([
		['listItems', 'limit=100000', '参数 limit 应为 1–100 之间的整数。'],
		['listItems', 'limit=abc', '参数 limit 应为 1–100 之间的整数。'],
		['listItems', 'limit=-1', '参数 limit 应为 1–100 之间的整数。'],
		['portalItems', 'page=0', '参数 page 应为 1–1000000 之间的整数。'],
		['portalItems', 'kind=lost', expect.stringMatching(/^kind 须为 licensing、/)],
		[
			'listItems',
			'status=lost',
			'status 须为 draft、in-review、returned、approved、published、scheduled、retired 之一。'
		],
		['listReviews', 'state=lost', 'state 须为 pending、approved、returned、withdrawn 之一。'],
		['portalItem', 'at=2026-02-30', 'at 须为 YYYY-MM-DD 格式的日期。'],
		['portalChanges', 'since=-5', '参数 since 应为不小于 0 的整数。'],
		['portalChanges', 'since=abc', '参数 since 应为不小于 0 的整数。'],
		['audit', 'limit=501', '参数 limit 应为 1–500 之间的整数。']
	] as const)('%s refuses %s', (name, query, detail) => {
		const schema = (endpoints[name] as { query: Parameters<typeof parseQuery>[0] }).query;
		const e = refusal(() => parseQuery(schema, url(query), 'zh-CN'));
		expect(e.body()).toMatchObject({ status: 400, title: '请求无效', detail });
		expect(e.errors).toHaveLength(1);
		expect(e.errors?.[0].parameter).toBe(query.split('=')[0]);
	});

	it('report several bad parameters at once', () => {
		const e = refusal(() => parseQuery(endpoints.listItems.query, url('limit=0&page=x'), 'en'));
		expect(e.detail).toBe('The query has invalid parameters.');
		expect(e.errors?.map((x) => x.parameter)).toEqual(['limit', 'page']);
	});
});
