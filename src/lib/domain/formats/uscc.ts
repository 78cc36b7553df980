// 统一社会信用代码 (GB 32100-2015): registration authority, organisation type, 6-digit region code of
// the registering office, the 9-character organisation code (GB 11714) and a MOD 31 check character,
// all from a 31-character set without I, O, S, V and Z.
import { msg, type Locale } from '../i18n';
import { PROVINCE_PREFIXES } from './provinces';
import type { FormatOptions, StrictCheck } from './types';

export const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export const USCC_PATTERN = '^[1-9ANY][0-9A-HJ-NP-RTUWXY]\\d{6}[0-9A-HJ-NP-RTUWXY]{10}$';

type Label = { zh: string; en: string };

/** 登记管理部门 and, per authority, 机构类别 (GB 32100 code tables and later assignments). */
export const USCC_AUTHORITIES: Record<string, Label & { types: Record<string, Label> }> = {
	'1': {
		zh: '机构编制',
		en: 'institutional establishment',
		types: {
			'1': { zh: '机关', en: 'government agency' },
			'2': { zh: '事业单位', en: 'public institution' },
			'3': { zh: '中央编办直接管理机构编制的群众团体', en: 'mass organisation' },
			'9': { zh: '其他', en: 'other' }
		}
	},
	'2': {
		zh: '外交',
		en: 'foreign affairs',
		types: {
			'1': { zh: '外国常驻新闻机构', en: 'resident foreign news agency' },
			'9': { zh: '其他', en: 'other' }
		}
	},
	'3': {
		zh: '司法行政',
		en: 'justice administration',
		types: {
			'1': { zh: '律师执业机构', en: 'law firm' },
			'2': { zh: '外国律师事务所驻华代表机构', en: 'foreign law firm office' },
			'3': { zh: '司法鉴定机构', en: 'forensic institution' },
			'4': { zh: '仲裁委员会', en: 'arbitration commission' },
			'5': { zh: '公证机构', en: 'notary office' },
			'9': { zh: '其他', en: 'other' }
		}
	},
	'4': {
		zh: '文化',
		en: 'culture',
		types: {
			'1': { zh: '外国在华文化中心', en: 'foreign cultural centre' },
			'9': { zh: '其他', en: 'other' }
		}
	},
	'5': {
		zh: '民政',
		en: 'civil affairs',
		types: {
			'1': { zh: '社会团体', en: 'social organisation' },
			'2': { zh: '民办非企业单位', en: 'private non-enterprise unit' },
			'3': { zh: '基金会', en: 'foundation' },
			'9': { zh: '其他', en: 'other' }
		}
	},
	'6': {
		zh: '旅游',
		en: 'tourism',
		types: {
			'1': { zh: '外国旅游部门常驻代表机构', en: 'foreign tourism office' },
			'2': {
				zh: '港澳台地区旅游部门常驻内地（大陆）代表机构',
				en: 'HK/Macao/Taiwan tourism office'
			},
			'9': { zh: '其他', en: 'other' }
		}
	},
	'7': {
		zh: '宗教',
		en: 'religious affairs',
		types: {
			'1': { zh: '宗教活动场所', en: 'place of religious activity' },
			'2': { zh: '宗教院校', en: 'religious school' },
			'9': { zh: '其他', en: 'other' }
		}
	},
	'8': {
		zh: '工会',
		en: 'trade union',
		types: {
			'1': { zh: '基层工会', en: 'grassroots trade union' },
			'9': { zh: '其他', en: 'other' }
		}
	},
	'9': {
		zh: '工商（市场监管）',
		en: 'market regulation',
		types: {
			'1': { zh: '企业', en: 'enterprise' },
			'2': { zh: '个体工商户', en: 'individual business' },
			'3': { zh: '农民专业合作社', en: 'farmers’ cooperative' }
		}
	},
	A: {
		zh: '中央军委改革和编制办公室',
		en: 'Central Military Commission establishment office',
		types: {
			'1': { zh: '军队事业单位', en: 'military public institution' },
			'9': { zh: '其他', en: 'other' }
		}
	},
	N: {
		zh: '农业',
		en: 'agriculture',
		types: {
			'1': { zh: '组级集体经济组织', en: 'group-level collective' },
			'2': { zh: '村级集体经济组织', en: 'village-level collective' },
			'3': { zh: '乡镇级集体经济组织', en: 'township-level collective' },
			'9': { zh: '其他', en: 'other' }
		}
	},
	Y: {
		zh: '其他',
		en: 'other',
		types: { '1': { zh: '其他', en: 'other' } }
	}
};

/** The MOD 31 check character for the first 17 characters (all from USCC_CHARS). */
export function usccCheckChar(first17: string): string {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]) * WEIGHTS[i];
	return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** The GB 11714 check character for an 8-character organisation code body. */
export function orgCodeCheckChar(body: string): string {
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += parseInt(body[i], 36) * ORG_WEIGHTS[i];
	const c = 11 - (sum % 11);
	return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export interface UsccInfo {
	authority: string;
	type?: string;
	regionCode: string;
	orgCode: string;
}

/** What the first characters of a credit code say, for display next to the field. */
export function describeUscc(value: string, locale?: Locale): UsccInfo | undefined {
	const v = value.trim().toUpperCase();
	const auth = USCC_AUTHORITIES[v[0]];
	if (!auth || v.length !== 18) return undefined;
	const type = auth.types[v[1]];
	return {
		authority: msg(locale, auth.zh, auth.en),
		type: type && msg(locale, type.zh, type.en),
		regionCode: v.slice(2, 8),
		orgCode: v.slice(8, 17)
	};
}

export function checkUscc(input: string, opts: FormatOptions = {}): StrictCheck {
	const { locale } = opts;
	const fail = (zh: string, en: string): StrictCheck => ({
		valid: false,
		message: msg(locale, zh, en)
	});
	const value = input.trim().toUpperCase();
	if (value.length !== 18) {
		return fail(
			`统一社会信用代码应为 18 位，当前为 ${value.length} 位`,
			`a unified social credit code has 18 characters, this one has ${value.length}`
		);
	}
	const bad = [...value].find((c) => !USCC_CHARS.includes(c));
	if (bad !== undefined) {
		return fail(
			`含有不允许的字符“${bad}”（只能是数字和除 I、O、S、V、Z 以外的大写字母）`,
			`contains "${bad}", which is not allowed (digits and capital letters except I, O, S, V, Z)`
		);
	}
	const auth = USCC_AUTHORITIES[value[0]];
	if (!auth) {
		return fail(
			`第 1 位“${value[0]}”不是有效的登记管理部门代码`,
			`"${value[0]}" is not a valid registration authority code`
		);
	}
	const region = value.slice(2, 8);
	// Bodies registered centrally carry the national code 100000.
	if (
		!/^\d{6}$/.test(region) ||
		(region !== '100000' && !PROVINCE_PREFIXES.has(region.slice(0, 2)))
	) {
		return fail(
			`第 3–8 位 ${region} 不是有效的行政区划代码`,
			`characters 3–8 (${region}) are not a valid region code`
		);
	}
	const expected = usccCheckChar(value);
	if (value[17] !== expected) {
		return fail(
			`校验码应为 ${expected}，请核对代码`,
			`the check character should be ${expected}; check the code`
		);
	}
	const warnings: string[] = [];
	if (!auth.types[value[1]]) {
		warnings.push(
			msg(
				locale,
				`第 2 位“${value[1]}”不是${auth.zh}登记的已知机构类别`,
				`"${value[1]}" is not a known organisation type for this authority`
			)
		);
	}
	const org = value.slice(8, 17);
	// Codes issued before the organisation-code check was enforced break it; still valid codes.
	if (orgCodeCheckChar(org) !== org[8]) {
		warnings.push(
			msg(
				locale,
				`第 9–17 位组织机构代码 ${org} 的校验位不符（较早赋码的单位可能如此，请核对）`,
				`the organisation code ${org} (characters 9–17) fails its check (older codes may); please verify`
			)
		);
	}
	const result: StrictCheck = { valid: true };
	if (warnings.length) result.warnings = warnings;
	if (value !== input) {
		result.normalized = value;
		result.strictMessage =
			input.trim() !== value
				? msg(locale, '字母应大写', 'letters must be upper case')
				: msg(locale, '代码前后不应有空格', 'remove the spaces around the code');
	}
	return result;
}

/** Whether `value` is a valid credit code exactly as written. */
export function isValidUscc(value: string): boolean {
	const r = checkUscc(value);
	return r.valid && !r.strictMessage;
}
