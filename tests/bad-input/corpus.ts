// Broken and hostile item documents, generated from a real template so each case differs from a
// valid document in one way. Every consumer of item files (the designer's import, the CLI, the API)
// must answer each with a clear error — never accept it, crash or hang.
import { readFileSync } from 'node:fs';
import type { Json } from '../api/client';

export const TEMPLATE = 'templates/wild-plant-collection.json';

/** The template under `code` (a code of its own, so a case fails for its own reason only). */
export function baseDocument(code?: string): Json {
	const d = JSON.parse(readFileSync(TEMPLATE, 'utf8'));
	if (code) {
		d.code = code;
		// a department holds one item of a name: each created item gets its own
		d.name = `${d.name}（${code.slice(-8)}）`;
	}
	return d;
}

export interface DocumentCase {
	name: string;
	/** the file's bytes */
	bytes: Uint8Array;
	/** the JSON text is well-formed: the item checks, not the parser, must refuse it */
	wellFormed: boolean;
	/** a pointer the problems should name, when there is one place at fault */
	pointer?: string;
	/** half-finished work an editor may leave: the API stores it as an invalid draft */
	draft?: boolean;
	/** well-formed as an item; the lint rules that protect form users must refuse it */
	lint?: string;
	/** passes the item checks, but no database can store it: only the server must refuse it */
	storage?: boolean;
}

const enc = new TextEncoder();
const text = (name: string, s: string, wellFormed = false, pointer?: string): DocumentCase => ({
	name,
	bytes: enc.encode(s),
	wellFormed,
	pointer
});
let caseCode: string | undefined;
const edited = (name: string, edit: (d: Json) => unknown, pointer?: string) => {
	const d = baseDocument(caseCode);
	const r = edit(d);
	return text(name, JSON.stringify(r === undefined ? d : r), true, pointer);
};

const redos = (name: string, edit: (d: Json) => unknown): DocumentCase => ({
	...edited(name, edit),
	lint: 'form-pattern-redos'
});

const draft = (name: string, edit: (d: Json) => unknown, pointer?: string) => ({
	...edited(name, edit, pointer),
	draft: true
});

const storage = (name: string, edit: (d: Json) => unknown): DocumentCase => ({
	...edited(name, edit),
	storage: true
});

function nested(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
	let v = leaf;
	for (let i = 0; i < depth; i++) v = wrap(v);
	return v;
}

const field = (d: Json) => d.form.schema.properties.applicant.properties.name;

export function documentCases(code?: string): DocumentCase[] {
	caseCode = code;
	const good = JSON.stringify(baseDocument(code), null, '\t');
	return [
		// malformed and truncated JSON
		text('empty file', ''),
		text('whitespace only', ' \n\t '),
		text('truncated in the middle', good.slice(0, Math.floor(good.length / 2))),
		text('missing the closing brace', good.trimEnd().slice(0, -1)),
		text('trailing comma', good.trimEnd().slice(0, -1).trimEnd() + ',}'),
		text('single-quoted strings', `{'code': '1', 'name': 'x'}`),
		text('comments', `// an item\n${good}`),
		{
			// JSON.parse reads it as Infinity, which would be stored as null (issue 12)
			...text(
				'"maximum": 1e400',
				good.replace('"schema": {', '"schema": {\n"maximum": 1e400,'),
				true,
				'/form/schema/maximum'
			)
		},
		text('NaN literal', good.replace('"legalTimeLimit": {', '"legalTimeLimit": NaN, "x": {')),
		text('two documents in one file', good + good),
		{
			name: 'invalid UTF-8 bytes',
			bytes: new Uint8Array([
				...enc.encode('{"code": "'),
				0xff,
				0xfe,
				0xc3,
				0x28,
				...enc.encode('"}')
			]),
			wellFormed: false
		},
		text(
			'deeper than any parser should go (100,000 arrays)',
			'['.repeat(100_000) + ']'.repeat(100_000)
		),
		// not an item at all
		text('null', 'null', true),
		text('an array', '[]', true),
		text('a number', '42', true),
		text('a string', '"事项"', true),
		text('an empty object', '{}', true),
		// wrong types, missing and unknown fields
		edited('code is a number', (d) => void (d.code = 11410100005803216), '/code'),
		edited('name is an array', (d) => void (d.name = ['采集', '审批']), '/name'),
		edited(
			'materials is an object',
			(d) => void (d.materials = { a: d.materials[0] }),
			'/materials'
		),
		edited('form is a string', (d) => void (d.form = '<form>'), '/form'),
		edited(
			'legal time limit is a string',
			(d) => void (d.guide.legalTimeLimit = '二十天'),
			'/guide/legalTimeLimit'
		),
		draft(
			'promised limit above the legal one',
			(d) => void (d.guide.promisedTimeLimit = { value: 99, unit: 'workday' })
		),
		edited('no code', (d) => void delete d.code),
		edited('unknown top-level field', (d) => void (d.approvedBy = 'me'), '/approvedBy'),
		edited(
			'unknown field in a material',
			(d) => void (d.materials[0].autoApprove = true),
			'/materials/0/autoApprove'
		),
		edited('__proto__ key', (d) =>
			JSON.parse(JSON.stringify(d).replace('{', '{"__proto__":{"polluted":true},'))
		),
		edited('code that is SQL', (d) => void (d.code = "'; DROP TABLE items; --"), '/code'),
		// addresses that would run script when clicked (issue 12)
		edited(
			'javascript: as the online address',
			(d) => void (d.guide.online.url = 'javascript:alert(1)'),
			'/guide/online/url'
		),
		edited(
			'data: as a contact address',
			(d) => void (d.guide.consult.url = 'data:text/html,<script>alert(1)</script>'),
			'/guide/consult/url'
		),
		edited(
			'a tab-split javascript: as a template file',
			(d) =>
				void (d.materials[0].blankTemplate = { name: '空白表格', url: 'java\tscript:alert(1)' }),
			'/materials/0/blankTemplate/url'
		),
		edited(
			'constructor as a top-level field',
			(d) => void Object.assign(d, { constructor: 1 }),
			'/constructor'
		),
		edited(
			'toString as a field of the guide',
			(d) => void (d.guide.toString = 'x'),
			'/guide/toString'
		),
		storage('NUL character in the name', (d) => void (d.name = '采集\u0000审批')),
		storage('unpaired surrogate in the name', (d) => void (d.name = '采集\ud800审批')),
		edited('10 MB document', (d) => void (d.padding = 'x'.repeat(10 * 1024 * 1024))),
		edited(
			'1,000 levels of nested objects in the form',
			(d) =>
				void (d.form.schema.properties.deep = nested(1000, { type: 'string' }, (inner) => ({
					type: 'object',
					properties: { a: inner }
				})))
		),
		edited(
			'1,000 levels of nested arrays in a guide field',
			(d) => void (d.guide.conditions = nested(1000, '条件', (x) => [x]))
		),
		edited('10,000 form fields', (d) => {
			const props: Record<string, unknown> = {};
			for (let i = 0; i < 10_000; i++) props[`f${i}`] = { type: 'string', title: `字段${i}` };
			d.form.schema.properties.many = { type: 'object', properties: props };
		}),
		// references that go nowhere good
		edited('$ref cycle between definitions', (d) => {
			d.form.schema.$defs = { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } };
			d.form.schema.properties.loop = { $ref: '#/$defs/a' };
		}),
		edited(
			'$ref to itself',
			(d) => void (d.form.schema.properties.self = { $ref: '#/properties/self' })
		),
		edited(
			'$ref to a missing definition',
			(d) => void (d.form.schema.properties.gone = { $ref: '#/$defs/nothing' })
		),
		edited(
			'remote $ref',
			(d) => void (d.form.schema.properties.remote = { $ref: 'https://example.com/evil.json' })
		),
		edited(
			'file: $ref',
			(d) => void (d.form.schema.properties.local = { $ref: 'file:///etc/passwd' })
		),
		edited(
			'relative $ref to another file',
			(d) => void (d.form.schema.properties.rel = { $ref: '../../etc/passwd#' })
		),
		edited(
			'draft-04 dialect',
			(d) => void (d.form.schema.$schema = 'http://json-schema.org/draft-04/schema#')
		),
		// patterns
		redos('catastrophic backtracking pattern', (d) => void (field(d).pattern = '^(a+)+$')),
		redos('nested quantifier over alternation', (d) => void (field(d).pattern = '^(a|aa)*b$')),
		edited('invalid regular expression', (d) => void (field(d).pattern = '([')),
		redos(
			'catastrophic pattern in a material condition',
			(d) =>
				void (d.materials[0].condition = {
					properties: { applicant: { properties: { name: { pattern: '^(a+)+$' } } } }
				})
		),
		redos(
			'backtracking patternProperties',
			(d) =>
				void (d.form.schema.properties.applicant.patternProperties = {
					'^(x+x+)+y$': { type: 'string' }
				})
		),
		// materials and tolerance that contradict themselves
		draft('material without id', (d) => void delete d.materials[0].id, '/materials/0/id'),
		draft(
			'negative maximum upload size',
			(d) => void (d.materials[0].maxSize = -1),
			'/materials/0/maxSize'
		),
		draft('tolerable essential material', (d) => {
			d.materials[0].necessity = 'tolerable';
			d.materials[0].essential = true;
		}),
		draft('duplicate material ids', (d) => void d.materials.push({ ...d.materials[0] }))
	];
}
