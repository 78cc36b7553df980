import { describe, expect, it } from 'vitest';
import { validateItem } from './validate';
import { sampleItem, SAMPLE_CREDIT_CODE } from '../../../../tests/fixtures/sample-item';
import type { JsonSchema, Problem } from './types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const at = (problems: Problem[], pointer: string) => problems.filter((p) => p.pointer === pointer);

function withForm(schema: JsonSchema): Loose {
	const item: Loose = sampleItem();
	item.form.schema = schema;
	// conditions refer to the sample form; drop them so only the form is judged
	for (const m of item.materials) delete m.condition;
	return item;
}

describe('validateItem: valid documents', () => {
	it('accepts the sample item and returns it typed', () => {
		const r = validateItem(sampleItem());
		expect(r.problems).toEqual([]);
		expect(r.ok).toBe(true);
		expect(r.item?.name).toBe('食品经营许可');
	});

	it('accepts a recursive form schema that descends into data (a tree of sections)', () => {
		const r = validateItem(
			withForm({
				type: 'object',
				$defs: {
					node: {
						type: 'object',
						properties: {
							name: { type: 'string' },
							children: { type: 'array', items: { $ref: '#/$defs/node' } }
						}
					}
				},
				properties: { root: { $ref: '#/$defs/node' } }
			})
		);
		expect(r.problems).toEqual([]);
	});
});

describe('validateItem: never throws on any input', () => {
	const inputs: unknown[] = [
		null,
		undefined,
		[],
		[1, 2],
		'item',
		42,
		true,
		{},
		{ form: 'x', materials: 'y' }
	];
	for (const input of inputs) {
		it(`reports problems for ${JSON.stringify(input) ?? 'undefined'}`, () => {
			const r = validateItem(input);
			expect(r.ok).toBe(false);
			expect(r.problems.length).toBeGreaterThan(0);
			for (const p of r.problems) expect(typeof p.message).toBe('string');
		});
	}

	it('reports a document nested 100 000 levels deep instead of overflowing the stack', () => {
		let deep: Loose = {};
		for (let i = 0; i < 100_000; i++) deep = { a: deep };
		const r = validateItem(deep);
		expect(r.ok).toBe(false);
		expect(r.problems[0].code).toBe('limit-depth');
	});

	it('reports a document that is too large', () => {
		const item: Loose = sampleItem();
		item.guide.conditions = Array.from({ length: 2000 }, (_, i) => `条件${i}`.repeat(10));
		const r = validateItem(item, { limits: { maxDocumentChars: 50_000 } });
		expect(r.ok).toBe(false);
		expect(r.problems[0].code).toBe('limit-size');
		expect(r.problems[0].message).toContain('50000');
	});

	it('reports a cyclic object passed by code', () => {
		const item: Loose = sampleItem();
		item.guide.self = item;
		const r = validateItem(item);
		expect(r.ok).toBe(false);
		expect(r.problems[0].code).toBe('invalid-document');
	});
});

describe('validateItem: schema problems', () => {
	it('names a wrong type deep in the document with its pointer and Chinese field name', () => {
		const item: Loose = sampleItem();
		item.materials[3].copies = '2';
		const r = validateItem(item);
		expect(r.ok).toBe(false);
		const [p] = at(r.problems, '/materials/3/copies');
		expect(p.message).toContain('复印件份数');
		expect(p.message).toContain('应当是整数');
	});

	it('uses English messages for locale en', () => {
		const item: Loose = sampleItem();
		item.guide.promisedTimeLimit.value = 1.5;
		const r = validateItem(item, { locale: 'en' });
		expect(at(r.problems, '/guide/promisedTimeLimit/value')[0].message).toContain(
			'must be an integer'
		);
	});

	it('refuses unknown properties and names them', () => {
		const item: Loose = sampleItem();
		item.guide.fees.fre = true;
		item.materials[0].copys = 1;
		const r = validateItem(item);
		expect(at(r.problems, '/guide/fees/fre')[0].message).toContain('“fre”');
		expect(at(r.problems, '/materials/0/copys')[0].message).toContain('copies');
	});

	it('points a missing required element at the element itself', () => {
		const item: Loose = sampleItem();
		delete item.guide.legalTimeLimit;
		const r = validateItem(item);
		expect(at(r.problems, '/guide/legalTimeLimit')[0].message).toContain('法定办结时限');
	});

	it('lists the allowed values of an enum with their labels', () => {
		const item: Loose = sampleItem();
		item.caseType = 'fast';
		const r = validateItem(item);
		expect(at(r.problems, '/caseType')[0].message).toContain('即办件');
	});

	it('reports every problem, not only the first', () => {
		const item: Loose = sampleItem();
		item.name = 7;
		item.levels = ['galaxy'];
		item.materials[1].maxSize = -1;
		const r = validateItem(item);
		expect(r.problems.map((p) => p.pointer)).toEqual(
			expect.arrayContaining(['/name', '/levels/0', '/materials/1/maxSize'])
		);
	});
});

describe('validateItem: machine-checkable refusal cases', () => {
	const refusal = (over: Record<string, unknown> = {}) => ({
		id: 'no-licence-needed',
		text: '申请事项依法不需要取得行政许可的',
		condition: {
			properties: { applicant: { properties: { applicantType: { const: 'person' } } } }
		},
		...over
	});

	it('accepts a refusal case authored like a material condition', () => {
		const item: Loose = sampleItem();
		item.refusals = [refusal()];
		expect(validateItem(item).problems).toEqual([]);
	});

	it('locates a duplicate id, an unlisted case, an unknown field and a missing condition', () => {
		const item: Loose = sampleItem();
		item.refusals = [
			refusal(),
			refusal({ text: '不在指南中的情形' }),
			refusal({
				id: 'other',
				condition: { properties: { applicant: { properties: { nickname: { const: 'x' } } } } }
			}),
			{ id: 'bare', text: '申请事项依法不需要取得行政许可的' }
		];
		const r = validateItem(item, { locale: 'zh-CN' });
		expect(at(r.problems, '/refusals/1/id')[0].code).toBe('duplicate-id');
		expect(at(r.problems, '/refusals/1/text')[0].message).toContain('不予受理情形');
		expect(
			r.problems.some(
				(p) => p.pointer.startsWith('/refusals/2/condition') && p.message.includes('nickname')
			)
		).toBe(true);
		expect(r.problems.some((p) => p.pointer === '/refusals/3/condition')).toBe(true);
		expect(r.ok).toBe(false);
	});
});

describe('validateItem: rules beyond the schema', () => {
	it('refuses duplicate material ids at the later one', () => {
		const item: Loose = sampleItem();
		item.materials[4].id = item.materials[1].id;
		const r = validateItem(item);
		const [p] = at(r.problems, '/materials/4/id');
		expect(p.code).toBe('duplicate-id');
		expect(p.message).toContain('第 2 项');
	});

	it('refuses an essential material marked tolerable', () => {
		const item: Loose = sampleItem();
		item.materials[3].essential = true;
		expect(at(validateItem(item).problems, '/materials/3/essential')[0].code).toBe(
			'tolerable-essential'
		);
	});

	it('refuses a promised time limit longer than the legal one', () => {
		const item: Loose = sampleItem();
		item.guide.promisedTimeLimit.value = 25;
		expect(at(validateItem(item).problems, '/guide/promisedTimeLimit/value')[0].code).toBe(
			'time-limit'
		);
	});

	it('requires fee items when the item is not free, and none when it is', () => {
		const item: Loose = sampleItem();
		item.guide.fees = { free: false };
		expect(at(validateItem(item).problems, '/guide/fees/items')[0].code).toBe('fees');
		item.guide.fees = { free: false, items: [{ name: '工本费', amount: 10, basis: '某价格文件' }] };
		expect(validateItem(item).ok).toBe(true);
		item.guide.fees.free = true;
		expect(at(validateItem(item).problems, '/guide/fees/items')[0].code).toBe('fees');
	});

	it('refuses a legal basis repealed on or before today', () => {
		const item: Loose = sampleItem();
		item.guide.legalBasis[0].repealedOn = '2026-01-01';
		expect(validateItem(item, { today: '2025-12-31' }).ok).toBe(true);
		const r = validateItem(item, { today: '2026-01-01' });
		expect(at(r.problems, '/guide/legalBasis/0/repealedOn')[0].code).toBe('basis-repealed');
	});

	it('checks the department credit code check character', () => {
		const item: Loose = sampleItem();
		item.codeProfile = undefined;
		delete item.codeProfile;
		item.department.creditCode =
			SAMPLE_CREDIT_CODE.slice(0, 17) + (SAMPLE_CREDIT_CODE[17] === 'A' ? 'B' : 'A');
		const r = validateItem(item);
		expect(at(r.problems, '/department/creditCode')[0].code).toBe('credit-code');
	});

	it('checks the code against its profile and the department', () => {
		const item: Loose = sampleItem();
		item.code = '123';
		expect(at(validateItem(item).problems, '/code')[0].code).toBe('code-profile');
		item.codeProfile = 'base';
		item.code = '000172006000';
		expect(validateItem(item).ok).toBe(true);
		delete item.codeProfile;
		item.code = 'anything';
		expect(validateItem(item).ok).toBe(true);
	});

	it('accepts conditions over existing fields, including nested applicators and array items', () => {
		const item: Loose = sampleItem();
		item.materials[4].condition = {
			anyOf: [
				{ properties: { business: { properties: { category: { const: '热食类食品制售' } } } } },
				{
					properties: {
						shareholders: {
							contains: { properties: { share: { minimum: 50 } }, required: ['share'] }
						}
					},
					not: { required: ['business'] }
				}
			]
		};
		expect(validateItem(item).problems).toEqual([]);
	});

	it('refuses a condition that refers to a field the form does not have', () => {
		const item: Loose = sampleItem();
		item.materials[2].condition = {
			allOf: [
				{ if: { properties: { applicant: { properties: { kind: { const: 'company' } } } } } }
			],
			required: ['licenceNo']
		};
		const r = validateItem(item);
		const ptrs = r.problems.filter((p) => p.code === 'unknown-field').map((p) => p.pointer);
		expect(ptrs).toEqual([
			'/materials/2/condition/allOf/0/if/properties/applicant/properties/kind',
			'/materials/2/condition/required/0'
		]);
		expect(r.problems.find((p) => p.pointer.endsWith('/kind'))?.message).toContain(
			'applicant.kind'
		);
	});

	it('refuses a condition that is not a valid schema', () => {
		const item: Loose = sampleItem();
		item.materials[2].condition = { properties: { applicant: { type: 'thing' } } };
		const r = validateItem(item);
		expect(
			r.problems.some(
				(p) => p.pointer.startsWith('/materials/2/condition') && p.code === 'invalid-schema'
			)
		).toBe(true);
	});
});

describe('validateItem: the form schema', () => {
	it('refuses a 50-level nested form with a clear message', () => {
		let schema: JsonSchema = { type: 'string' };
		for (let i = 0; i < 50; i++) schema = { type: 'object', properties: { level: schema } };
		const r = validateItem(withForm(schema));
		const deep = r.problems.filter((p) => p.code === 'limit-depth');
		expect(deep).toHaveLength(1);
		expect(deep[0].pointer.startsWith('/form/schema/properties/level')).toBe(true);
		expect(deep[0].message).toContain('32');
	});

	it('refuses a $ref that targets itself', () => {
		const r = validateItem(
			withForm({ type: 'object', properties: { a: { $ref: '#/properties/a' } } })
		);
		const [p] = r.problems.filter((x) => x.code === 'ref-cycle');
		expect(p.pointer).toBe('/form/schema/properties/a/$ref');
		expect(p.message).toContain('#/properties/a');
	});

	it('refuses a chain of $refs back to itself, also through allOf', () => {
		const r = validateItem(
			withForm({
				type: 'object',
				$defs: { a: { $ref: '#/$defs/b' }, b: { allOf: [{ $ref: '#/$defs/a' }] } },
				properties: { x: { $ref: '#/$defs/a' } }
			})
		);
		const cycles = r.problems.filter((x) => x.code === 'ref-cycle');
		expect(cycles).toHaveLength(1);
		expect(cycles[0].pointer).toBe('/form/schema/$defs/a/$ref');
		expect(cycles[0].message).toContain('#/$defs/a → #/$defs/b → #/$defs/b/allOf/0 → #/$defs/a');
	});

	it('refuses a root that refers to itself', () => {
		const r = validateItem(withForm({ type: 'object', allOf: [{ $ref: '#' }] }));
		expect(r.problems.filter((x) => x.code === 'ref-cycle')).toHaveLength(1);
	});

	it('refuses a remote https $ref, naming where', () => {
		const r = validateItem(
			withForm({
				type: 'object',
				properties: { addr: { $ref: 'https://example.com/address.json' } }
			})
		);
		const [p] = r.problems.filter((x) => x.code === 'remote-ref');
		expect(p.pointer).toBe('/form/schema/properties/addr/$ref');
		expect(p.message).toContain('https://example.com/address.json');
	});

	it('refuses a file: $ref', () => {
		const r = validateItem(
			withForm({ type: 'object', properties: { x: { $ref: 'file:///etc/passwd' } } })
		);
		const [p] = r.problems.filter((x) => x.code === 'remote-ref');
		expect(p.pointer).toBe('/form/schema/properties/x/$ref');
		expect(p.message).toContain('file:///etc/passwd');
	});

	it('refuses a remote $ref inside a material condition', () => {
		const item: Loose = sampleItem();
		item.materials[2].condition = { $ref: 'http://evil.example/c.json' };
		expect(at(validateItem(item).problems, '/materials/2/condition/$ref')[0].code).toBe(
			'remote-ref'
		);
	});

	it('refuses a local $ref whose target does not exist', () => {
		const r = validateItem(
			withForm({ type: 'object', properties: { x: { $ref: '#/$defs/missing' } } })
		);
		expect(at(r.problems, '/form/schema/properties/x/$ref')[0].code).toBe('ref-target');
	});

	it('refuses unknown keywords (typos) and ui settings in the schema, but allows x- extensions', () => {
		const r = validateItem(
			withForm({
				type: 'object',
				requird: ['a'],
				properties: { a: { type: 'string', 'ui:widget': 'textarea', 'x-source': 'license-db' } }
			})
		);
		expect(at(r.problems, '/form/schema/requird')[0].code).toBe('unknown-keyword');
		expect(at(r.problems, '/form/schema/properties/a/ui:widget')[0].message).toContain('uiSchema');
		expect(r.problems).toHaveLength(2);
	});

	it('refuses an invalid regular expression and an unknown format, at their pointers', () => {
		const r = validateItem(
			withForm({
				type: 'object',
				properties: {
					a: { type: 'string', pattern: '([a-z' },
					b: { type: 'string', format: 'cn-idcard' }
				}
			})
		);
		expect(at(r.problems, '/form/schema/properties/a/pattern')[0].code).toBe('invalid-pattern');
		expect(at(r.problems, '/form/schema/properties/b/format')[0].code).toBe('unknown-format');
	});

	it('refuses a schema that is not valid JSON Schema, pointing into it', () => {
		const r = validateItem(withForm({ type: 'object', properties: { a: { type: 'strin' } } }));
		const bad = r.problems.filter((p) => p.code === 'invalid-schema');
		expect(bad.length).toBeGreaterThan(0);
		expect(bad.every((p) => p.pointer.startsWith('/form/schema/properties/a'))).toBe(true);
	});

	it('validates forms that carry the same $id again and again as they are edited', () => {
		for (let i = 0; i < 3; i++) {
			const r = validateItem(
				withForm({
					$id: 'https://forms.example.gov.cn/food.json',
					type: 'object',
					properties: { [`f${i}`]: { type: 'string' } }
				})
			);
			expect(r.problems).toEqual([]);
		}
	});

	it('refuses a form written for another JSON Schema draft', () => {
		const r = validateItem(
			withForm({
				$schema: 'http://json-schema.org/draft-07/schema#',
				type: 'object',
				properties: {}
			})
		);
		expect(r.ok).toBe(false);
		expect(at(r.problems, '/form/schema/$schema')[0].message).toContain('2020-12');
	});

	it('refuses a form with more fields than the limit', () => {
		const properties = Object.fromEntries(
			Array.from({ length: 30 }, (_, i) => [`f${i}`, { type: 'string' }])
		);
		const item = withForm({ type: 'object', properties });
		expect(validateItem(item, { limits: { maxFormFields: 30 } }).ok).toBe(true);
		const r = validateItem(item, { limits: { maxFormFields: 29 } });
		expect(at(r.problems, '/form/schema')[0].code).toBe('limit-fields');
	});

	it('refuses a form of 20 000 fields promptly, without compiling it', () => {
		const properties = Object.fromEntries(
			Array.from({ length: 20_000 }, (_, i) => [`f${i}`, { type: 'string' }])
		);
		const started = Date.now();
		const r = validateItem(withForm({ type: 'object', properties }));
		expect(at(r.problems, '/form/schema')[0].message).toContain('20000');
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('refuses a schema with a runaway number of subschemas', () => {
		const anyOf = Array.from({ length: 200 }, (_, i) => ({ const: i }));
		const r = validateItem(withForm({ type: 'object', properties: { n: { anyOf } } }), {
			limits: { maxFormFields: 10 }
		});
		expect(at(r.problems, '/form/schema')[0].code).toBe('limit-size');
	});

	it('refuses an over-long string with its pointer', () => {
		const item: Loose = sampleItem();
		item.materials[0].notes = '注'.repeat(501);
		const r = validateItem(item, { limits: { maxStringLength: 500 } });
		expect(at(r.problems, '/materials/0/notes')[0].code).toBe('limit-string');
	});
});

describe('text that cannot be stored or shown', () => {
	it('refuses NUL, other control characters and unpaired surrogates, naming where', () => {
		const item = sampleItem();
		item.guide.conditions = ['正常条件', 'a\u0000b'];
		item.materials[0].notes = 'x\ud800y';
		const r = validateItem(item);
		expect(r.ok).toBe(false);
		const pointers = r.problems.filter((p) => p.code === 'invalid-text').map((p) => p.pointer);
		expect(pointers).toEqual(expect.arrayContaining(['/guide/conditions/1', '/materials/0/notes']));
	});

	it('keeps tabs, line breaks and characters outside the BMP (𠀀) valid', () => {
		const item = sampleItem();
		item.guide.conditions = ['第一行\n第二行\t缩进 𠀀'];
		expect(validateItem(item).ok).toBe(true);
	});

	it('limits an item name to 200 characters', () => {
		const item = sampleItem();
		item.name = '名'.repeat(201);
		const r = validateItem(item);
		expect(r.ok).toBe(false);
		expect(r.problems.some((p) => p.pointer === '/name')).toBe(true);
	});
});

describe('validateItem: addresses that become links (issue 12)', () => {
	it('refuses javascript: in the online address, located, with a message that says what is accepted', () => {
		const item: Loose = sampleItem();
		item.guide.online = { available: true, url: 'javascript:alert(1)' };
		const r = validateItem(item, { locale: 'en' });
		expect(r.ok).toBe(false);
		const [p] = at(r.problems, '/guide/online/url');
		expect(p.message).toMatch(/http:\/\/ or https:\/\//);
	});

	it('accepts mailto: and tel: for contacts, never for the online address', () => {
		const item: Loose = sampleItem();
		item.guide.consult.url = 'mailto:ask@example.gov.cn';
		item.guide.complaint.url = 'tel:12345';
		expect(validateItem(item).problems).toEqual([]);
		item.guide.online = { available: true, url: 'mailto:ask@example.gov.cn' };
		expect(at(validateItem(item).problems, '/guide/online/url')).toHaveLength(1);
	});

	it('refuses a script as a template file, and accepts a portal path', () => {
		const item: Loose = sampleItem();
		item.materials[0].blankTemplate = { name: '空白表格', url: ' javascript:alert(1)' };
		expect(at(validateItem(item).problems, '/materials/0/blankTemplate/url')).toHaveLength(1);
		item.materials[0].blankTemplate.url = '/files/blank.docx';
		expect(validateItem(item).problems).toEqual([]);
	});
});
