#!/usr/bin/env node
/* eslint-disable-next-line @typescript-eslint/ban-ts-comment -- plain JSON-building script */
// @ts-nocheck -- its output is what matters, and the tests check that with Ajv
// Synthetic item application forms for the form renderer's own bench and tests, used when the
// shared benchmark forms are not available. Deterministic (seeded PRNG, no clock), plain Node.
//   node bench/form/gen-forms.mjs [outDir]   → outDir/form-{50,200,1000}.json (default bench/form/schemas)
// Each file is { schema, uiSchema, valid, invalid } like the shared forms, but exercises everything
// the renderer supports: sections, an array of objects, code lists, if/then, oneOf alternatives,
// the cn-* formats (real check digits) and material uploads.
// The generator itself runs in the browser too (component tests); only the CLI touches the disk.
import regionData from '../../src/lib/domain/formats/data/regions.json' with { type: 'json' };

const REGIONS = regionData.regions;
const COUNTIES = Object.keys(REGIONS).filter((c) => !c.endsWith('00'));

function prng(seed) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCard(rand) {
	const region = COUNTIES[Math.floor(rand() * COUNTIES.length)];
	const y = 1960 + Math.floor(rand() * 40);
	const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
	const d = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
	const seq = String(Math.floor(rand() * 1000)).padStart(3, '0');
	const body = `${region}${y}${m}${d}${seq}`;
	const sum = [...body].reduce((s, c, i) => s + Number(c) * ID_WEIGHTS[i], 0);
	return body + '10X98765432'[sum % 11];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
function uscc(rand) {
	const region = COUNTIES[Math.floor(rand() * COUNTIES.length)];
	let org = '';
	for (let i = 0; i < 8; i++) org += String(Math.floor(rand() * 10));
	const oc = 11 - (ORG_WEIGHTS.reduce((s, w, i) => s + Number(org[i]) * w, 0) % 11);
	org += oc === 10 ? 'X' : oc === 11 ? '0' : String(oc);
	const body = `91${region}${org}`;
	const sum = [...body].reduce((s, c, i) => s + USCC_CHARS.indexOf(c) * USCC_WEIGHTS[i], 0);
	return body + USCC_CHARS[(31 - (sum % 31)) % 31];
}

const SECTIONS = [
	'申请人信息',
	'企业（单位）信息',
	'经营场所',
	'经办人信息',
	'申请事项',
	'财务信息'
];
const ID_TYPES = [
	{ const: '111', title: '居民身份证' },
	{ const: '414', title: '普通护照' },
	{ const: '516', title: '港澳居民来往内地通行证' }
];
const FILE_REF = {
	type: 'object',
	properties: {
		name: { type: 'string', minLength: 1 },
		mediaType: { type: 'string' },
		size: { type: 'integer', minimum: 0 },
		sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }
	},
	required: ['name', 'mediaType', 'size', 'sha256']
};

// Ten field kinds per section; each returns [schema, ui, validValue, invalidValue].
const KINDS = [
	() => [
		{ type: 'string', title: '姓名', minLength: 1, maxLength: 50 },
		{},
		'张三',
		'x'.repeat(51)
	],
	(r) => [
		{ type: 'string', title: '性别', enum: ['男', '女'] },
		{ 'ui:widget': 'radio', 'ui:options': { inline: true } },
		r() < 0.5 ? '男' : '女',
		'未知'
	],
	() => [{ type: 'string', title: '出生日期', format: 'date' }, {}, '1990-05-17', '2023-02-29'],
	() => [{ type: 'string', title: '证件类型', oneOf: ID_TYPES }, {}, '111', '999'],
	(r) => [
		{ type: 'string', title: '身份证号码', format: 'cn-id-card' },
		{ 'ui:help': '18位公民身份号码' },
		idCard(r),
		'110105194912310021'
	],
	() => [
		{ type: 'string', title: '手机号码', format: 'cn-mobile' },
		{ 'ui:placeholder': '11位手机号码' },
		'13800138000',
		'12345'
	],
	() => [
		{ type: 'string', title: '电子邮箱', format: 'email' },
		{},
		'zhangsan@example.cn',
		'not-an-email'
	],
	(r) => [
		{ type: 'string', title: '所在地区', format: 'cn-region' },
		{},
		COUNTIES[Math.floor(r() * COUNTIES.length)],
		'999999'
	],
	(r) => [
		{ type: 'integer', title: '从业人数', minimum: 0, maximum: 100000 },
		{},
		Math.floor(r() * 500),
		-1
	],
	() => [{ type: 'boolean', title: '是否小微企业' }, { 'ui:widget': 'switch' }, true, 'yes']
];
const ALT_KINDS = [
	(r) => [
		{ type: 'string', title: '统一社会信用代码', format: 'cn-uscc' },
		{},
		uscc(r),
		'91110000000000000A'
	],
	() => [{ type: 'string', title: '邮政编码', format: 'cn-postcode' }, {}, '100010', '99999'],
	() => [
		{ type: 'string', title: '经营范围', maxLength: 500 },
		{ 'ui:widget': 'textarea', 'ui:options': { rows: 3 } },
		'食品销售',
		42
	],
	() => [
		{ type: 'number', title: '出资比例（%）', exclusiveMinimum: 0, maximum: 100 },
		{},
		12.5,
		0
	],
	() => [
		{
			type: 'array',
			title: '经营项目',
			items: { type: 'string', enum: ['预包装食品', '散装食品', '特殊食品'] },
			uniqueItems: true
		},
		{ 'ui:widget': 'checkboxes' },
		['预包装食品'],
		['酒类']
	],
	() => [{ type: 'string', title: '门户网站', format: 'uri' }, {}, 'https://example.cn', 'example'],
	() => [
		{ type: 'string', title: '申请时间', format: 'date-time' },
		{},
		'2026-03-01T08:00:00Z',
		'yesterday'
	],
	() => [
		{ type: 'string', title: '登录密码', minLength: 8 },
		{ 'ui:widget': 'password' },
		'abcd1234',
		'abc'
	]
];

export function generateForm(n) {
	const rand = prng(n * 7919);
	const schema = {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: `https://banshi.example/bench/item-form-${n}.json`,
		title: `食品经营许可申请表（合成，${n}项）`,
		description: '带 * 的为必填项。',
		type: 'object',
		properties: {},
		required: []
	};
	const uiSchema = { 'ui:submitButtonOptions': { submitText: '提交申请' } };
	const valid = {};
	const invalid = {};
	let leaves = 0;
	for (let s = 0; leaves < n; s++) {
		const key = `section${s + 1}`;
		const props = {};
		const ui = {};
		const v = {};
		const bad = {};
		const required = [];
		for (let i = 0; i < 10 && leaves < n; i++, leaves++) {
			const kind = i < 8 && s % 2 === 1 ? ALT_KINDS[i] : KINDS[i];
			const [fs, fu, good, wrong] = kind(rand);
			const name = `f${i + 1}`;
			props[name] = fs;
			if (Object.keys(fu).length) ui[name] = fu;
			v[name] = good;
			bad[name] = i === s % 10 ? wrong : good;
			if (i % 3 !== 2) required.push(name);
		}
		schema.properties[key] = {
			type: 'object',
			title: `${SECTIONS[s % SECTIONS.length]}${s >= SECTIONS.length ? `（${Math.floor(s / SECTIONS.length) + 1}）` : ''}`,
			properties: props,
			required
		};
		schema.required.push(key);
		uiSchema[key] = ui;
		valid[key] = v;
		invalid[key] = bad;
	}
	// Conditional: an agent's name is asked for only when the application is made by an agent.
	const first = schema.properties.section1;
	first.properties.byAgent = { type: 'boolean', title: '是否委托代理人办理' };
	first.if = { properties: { byAgent: { const: true } }, required: ['byAgent'] };
	first.then = {
		properties: { agentName: { type: 'string', title: '代理人姓名', minLength: 1 } },
		required: ['agentName']
	};
	valid.section1.byAgent = true;
	valid.section1.agentName = '李四';
	invalid.section1.byAgent = true;
	// Repeating group with reorder, and alternatives with a chooser.
	schema.properties.shareholders = {
		type: 'array',
		title: '股东（出资人）信息',
		minItems: 1,
		maxItems: 20,
		items: {
			type: 'object',
			title: '股东',
			properties: {
				name: { type: 'string', title: '股东名称', minLength: 1, maxLength: 100 },
				idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-card' },
				amount: { type: 'integer', title: '认缴出资额（万元）', minimum: 1 }
			},
			required: ['name', 'idNumber', 'amount']
		}
	};
	const holders = [0, 1, 2].map((i) => ({
		name: `股东${i + 1}`,
		idNumber: idCard(rand),
		amount: 10 * (i + 1)
	}));
	valid.shareholders = holders;
	invalid.shareholders = holders.map((h, i) => (i === 1 ? { ...h, amount: 0 } : h));
	schema.properties.contact = {
		title: '联系方式',
		type: 'object',
		oneOf: [
			{
				title: '手机',
				properties: { mobile: { type: 'string', title: '手机号码', format: 'cn-mobile' } },
				required: ['mobile']
			},
			{
				title: '固定电话',
				properties: {
					phone: { type: 'string', title: '固定电话', pattern: '^0\\d{2,3}-\\d{7,8}$' }
				},
				required: ['phone']
			}
		]
	};
	valid.contact = { mobile: '13900139000' };
	invalid.contact = { mobile: '139' };
	// Materials (申请材料) as the compiled bundles present them.
	const materials = { type: 'object', title: '申请材料', properties: {}, required: [] };
	const materialsUi = {};
	const files = {};
	['申请书', '营业执照', '场所证明'].forEach((title, i) => {
		const id = `m${i + 1}`;
		materials.properties[id] = { ...FILE_REF, title };
		if (i < 2) materials.required.push(id);
		materialsUi[id] = {
			'ui:widget': 'file',
			'ui:options': {
				accept: ['application/pdf', 'image/jpeg'],
				maxSize: 10 * 1024 * 1024,
				notes: '加盖公章的扫描件',
				necessity: i === 0 ? 'required' : i === 1 ? 'tolerable' : 'optional',
				essential: i === 0,
				tolerable: i === 1,
				blankTemplate: { name: `${title}（空白）.docx`, url: `/templates/${id}-blank.docx` }
			}
		};
		files[id] = {
			name: `${title}.pdf`,
			mediaType: 'application/pdf',
			size: 1024 * (i + 1),
			sha256: 'a'.repeat(64)
		};
	});
	schema.properties.materials = materials;
	uiSchema.materials = materialsUi;
	valid.materials = files;
	invalid.materials = { m1: files.m1 };
	return { schema, uiSchema, valid, invalid };
}

if (typeof process !== 'undefined' && process.argv?.[1]?.endsWith('gen-forms.mjs')) {
	const { mkdirSync, writeFileSync } = await import('node:fs');
	const { join, resolve } = await import('node:path');
	const { fileURLToPath } = await import('node:url');
	const here = fileURLToPath(new URL('.', import.meta.url));
	const out = resolve(process.argv[2] ?? join(here, 'schemas'));
	mkdirSync(out, { recursive: true });
	for (const n of [50, 200, 1000]) {
		writeFileSync(join(out, `form-${n}.json`), JSON.stringify(generateForm(n), null, 1) + '\n');
	}
	console.error(`wrote ${out}/form-{50,200,1000}.json`);
}
