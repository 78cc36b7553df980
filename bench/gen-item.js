// Deterministic synthetic item with an N-field application form, for benchmarks: sections of ten
// fields, a repeating group, every field kind (text, textarea, our cn-* formats, dates, numbers,
// enums as select/radio/code lists, checkboxes, booleans), a conditional section, and materials
// with conditions and tolerance. Plain JS so both Node scripts and browser pages can import it.

/** Small seeded PRNG (mulberry32) so every machine generates the same item. */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SECTION_TITLES = [
	'申请人信息',
	'企业（单位）信息',
	'经营场所',
	'经办人信息',
	'申请事项',
	'专业技术人员',
	'财务信息',
	'设施设备',
	'承诺与声明'
];

// Each kind: [schema, uiSchema, sample value]
const KINDS = [
	() => [{ type: 'string', title: '名称', minLength: 1, maxLength: 50 }, {}, '示范名称'],
	() => [{ type: 'string', title: '身份证号码', format: 'cn-id-card' }, {}, '11010519491231002X'],
	() => [
		{ type: 'string', title: '统一社会信用代码', format: 'cn-uscc' },
		{},
		'91350100M000100Y43'
	],
	() => [{ type: 'string', title: '手机号码', format: 'cn-mobile' }, {}, '13800138000'],
	() => [{ type: 'string', title: '所在地区', format: 'cn-region' }, {}, '410105'],
	() => [{ type: 'string', title: '邮政编码', format: 'cn-postcode' }, {}, '450000'],
	() => [{ type: 'string', title: '日期', format: 'date' }, {}, '2026-03-01'],
	() => [{ type: 'integer', title: '人数', minimum: 0, maximum: 100000 }, {}, 12],
	() => [{ type: 'number', title: '面积（平方米）', minimum: 0 }, {}, 120.5],
	() => [
		{ type: 'string', title: '经营方式', enum: ['自营', '加盟', '委托'] },
		{ 'ui:widget': 'radio' },
		'自营'
	],
	() => [
		{
			type: 'string',
			title: '证件类型',
			oneOf: [
				{ const: '111', title: '居民身份证' },
				{ const: '414', title: '普通护照' },
				{ const: '516', title: '港澳居民来往内地通行证' }
			]
		},
		{},
		'111'
	],
	() => [
		{
			type: 'array',
			title: '经营项目',
			items: {
				type: 'string',
				enum: ['预包装食品销售', '散装食品销售', '热食类食品制售', '冷食类食品制售']
			},
			uniqueItems: true
		},
		{ 'ui:widget': 'checkboxes' },
		['预包装食品销售']
	],
	() => [{ type: 'boolean', title: '是否同意' }, {}, true],
	() => [{ type: 'string', title: '情况说明', maxLength: 500 }, { 'ui:widget': 'textarea' }, '无'],
	() => [{ type: 'string', title: '电子邮箱', format: 'email' }, {}, 'a@example.cn']
];

/**
 * @param {number} n number of leaf fields
 * @param {{ seed?: number, code?: string }} [opts]
 */
export function syntheticItem(n, opts = {}) {
	const rand = prng(opts.seed ?? 20261125);
	const properties = {};
	const uiSchema = {};
	const data = {};
	const sectionsRequired = [];
	let made = 0;
	let s = 0;
	while (made < n) {
		const key = `section${s + 1}`;
		const title =
			SECTION_TITLES[s % SECTION_TITLES.length] +
			(s >= SECTION_TITLES.length ? `（${Math.floor(s / SECTION_TITLES.length) + 1}）` : '');
		const props = {};
		const ui = {};
		const values = {};
		const required = [];
		const count = Math.min(10, n - made);
		for (let i = 0; i < count; i++) {
			const kind = made === 0 ? 0 : Math.floor(rand() * KINDS.length);
			const [schema, fieldUi, value] = KINDS[kind]();
			const name = `f${made + 1}`;
			props[name] = { ...schema, title: `${schema.title}${made + 1}` };
			if (Object.keys(fieldUi).length) ui[name] = fieldUi;
			values[name] = value;
			if (rand() < 0.4) required.push(name);
			made++;
		}
		properties[key] = { type: 'object', title, properties: props, required };
		uiSchema[key] = ui;
		data[key] = values;
		sectionsRequired.push(key);
		s++;
	}
	// a repeating group and a conditional section, as real forms have
	properties.shareholders = {
		type: 'array',
		title: '股东（出资人）信息',
		minItems: 1,
		items: {
			type: 'object',
			properties: {
				name: { type: 'string', title: '姓名或名称', minLength: 1 },
				idNumber: { type: 'string', title: '证件号码', format: 'cn-id-card' },
				share: { type: 'number', title: '出资比例（%）', minimum: 0, maximum: 100 }
			},
			required: ['name']
		}
	};
	data.shareholders = [{ name: '张三', idNumber: '11010519491231002X', share: 100 }];
	properties.applicantType = {
		type: 'string',
		title: '申请人类型',
		oneOf: [
			{ const: 'person', title: '自然人' },
			{ const: 'company', title: '企业' }
		]
	};
	data.applicantType = 'company';
	properties.hasAgent = { type: 'boolean', title: '是否委托代理人' };
	data.hasAgent = false;
	const schema = {
		type: 'object',
		properties,
		required: [...sectionsRequired.slice(0, 3), 'applicantType'],
		if: { properties: { hasAgent: { const: true } }, required: ['hasAgent'] },
		then: { required: ['shareholders'] }
	};
	const materials = [
		material('application', '申请书', 'required', true),
		material('identity', '法定代表人身份证明', 'required', true),
		material('licence', '营业执照', 'required', true, { sharedExempt: true }),
		material('floorPlan', '经营场所平面布局图', 'tolerable', false),
		material('equipment', '设备设施清单', 'tolerable', false),
		material('rules', '食品安全管理制度', 'tolerable', false),
		material('lease', '场所使用证明', 'required', false),
		material('power', '授权委托书', 'required', false, {
			condition: { properties: { hasAgent: { const: true } }, required: ['hasAgent'] }
		}),
		material('articles', '公司章程', 'required', false, {
			condition: {
				properties: { applicantType: { const: 'company' } },
				required: ['applicantType']
			}
		}),
		material('other', '其他说明材料', 'optional', false)
	];
	const item = {
		schemaVersion: 1,
		code: opts.code ?? `SYN${String(n).padStart(9, '0')}`,
		name: `合成基准事项（${n}项）`,
		kind: 'licensing',
		department: { name: '示范市市场监督管理局', creditCode: '11410100MB00000005' },
		levels: ['city'],
		applicantTypes: ['legal-person'],
		caseType: 'promised',
		riskClass: 'encouraged',
		guide: {
			legalBasis: [
				{
					law: '《中华人民共和国食品安全法》',
					article: '第三十五条',
					text: '国家对食品生产经营实行许可制度。'
				}
			],
			conditions: ['具有与经营的食品品种、数量相适应的经营场所。'],
			process: [
				{ name: '受理', actor: '窗口', timeLimit: { value: 1, unit: 'workday' } },
				{ name: '审查', actor: '审批科', timeLimit: { value: 5, unit: 'workday' } },
				{ name: '决定', actor: '分管负责人', timeLimit: { value: 2, unit: 'workday' } }
			],
			legalTimeLimit: { value: 20, unit: 'workday' },
			promisedTimeLimit: { value: 10, unit: 'workday' },
			fees: { free: true },
			channels: ['window', 'online'],
			locations: [
				{
					name: '示范市政务服务中心',
					address: '示范市中原区建设路1号',
					hours: '周一至周五 9:00-17:00（法定节假日除外）',
					phone: '0371-12345678'
				}
			],
			consult: { phones: ['0371-12345678', '12345'] },
			complaint: { phones: ['12345'] },
			visits: 0,
			online: { available: true, url: 'https://zwfw.example.gov.cn/item', depth: 4 },
			result: { type: 'licence', name: '食品经营许可证' }
		},
		materials,
		tolerance: {
			enabled: true,
			maxMissing: 2,
			commitmentText: '本人承诺在规定期限内补齐容缺材料，逾期未补齐的，同意撤销受理决定。',
			supplementDays: 5,
			consequence: '逾期未补齐的，撤销许可决定并纳入信用记录。'
		},
		form: { schema, uiSchema }
	};
	return { item, data };
}

function material(id, name, necessity, essential, extra = {}) {
	return {
		id,
		name,
		necessity,
		essential,
		kind: id === 'application' ? 'form' : 'certificate',
		medium: 'electronic',
		originals: 1,
		copies: 0,
		source: 'applicant',
		sharedExempt: false,
		mediaTypes: ['application/pdf', 'image/jpeg'],
		maxSize: 10485760,
		...extra
	};
}

/** A file reference as an applicant's upload would give it. */
export function fileRef(name) {
	return {
		name: `${name}.pdf`,
		mediaType: 'application/pdf',
		size: 102400,
		sha256: 'a'.repeat(64)
	};
}
