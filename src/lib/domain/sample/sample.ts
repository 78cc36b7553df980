// 填入示例数据: valid sample data for an application schema, so an editor sees the form filled and
// the acceptance simulator gives a verdict without typing. Our own generator (no eval, no faker at
// run time): real check characters for 身份证号 and 统一社会信用代码, a real region code, titles and
// consts from code lists, bounds respected. Conditional parts ("show when") are filled only when
// their condition holds for the data generated so far, as a person's answers would make them
// appear. A `check` callback (the form's validator) lets the caller prune what the schema refuses.
import type { JsonSchema } from '../item/types';
import { sampleForPattern } from './pattern';
import { isObj, type Obj } from '../plain-object';

/** Samples of our formats and the standard ones forms use; each passes its format's check. */
export const FORMAT_SAMPLES: Record<string, string> = {
	'cn-id-card': '11010519491231002X',
	'cn-uscc': '91410105MA9GK3T858',
	'cn-region': '410105',
	'cn-mobile': '13803710002',
	'cn-postcode': '450000',
	date: '2026-01-05',
	'date-time': '2026-01-05T09:00:00+08:00',
	time: '09:00:00+08:00',
	email: 'zhang.wei@example.cn',
	uri: 'https://www.example.gov.cn/',
	'uri-reference': 'https://www.example.gov.cn/'
};

const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function typeOf(s: JsonSchema): string | undefined {
	const t = s.type;
	if (typeof t === 'string') return t;
	if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
	if (s.properties) return 'object';
	if (s.items) return 'array';
	return undefined;
}

function choice(s: JsonSchema): { value: unknown } | undefined {
	if ('const' in s) return { value: s.const };
	if ('default' in s) return { value: s.default };
	if (Array.isArray(s.enum) && s.enum.length) return { value: s.enum[0] };
	const options = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
	const c = options?.find((o) => isObj(o) && 'const' in o);
	return c ? { value: c.const } : undefined;
}

function text(s: JsonSchema, key: string): string {
	const format = typeof s.format === 'string' ? s.format : undefined;
	if (format && FORMAT_SAMPLES[format]) return FORMAT_SAMPLES[format];
	if (typeof s.pattern === 'string') {
		const p = sampleForPattern(s.pattern);
		if (p !== undefined) return p;
	}
	const min = typeof s.minLength === 'number' ? s.minLength : 0;
	const max = typeof s.maxLength === 'number' ? s.maxLength : 40;
	const title = typeof s.title === 'string' && s.title ? s.title : key;
	let out = `示例${title}`;
	while ([...out].length < min) out += '示例内容';
	return [...out].slice(0, Math.max(max, 1)).join('');
}

function number(s: JsonSchema, integer: boolean): number {
	const lo =
		typeof s.minimum === 'number'
			? s.minimum
			: typeof s.exclusiveMinimum === 'number'
				? s.exclusiveMinimum + 1
				: 1;
	const hi =
		typeof s.maximum === 'number'
			? s.maximum
			: typeof s.exclusiveMaximum === 'number'
				? s.exclusiveMaximum - 1
				: Math.max(lo, 100);
	const n = Math.min(Math.max(lo, 1), hi);
	return integer ? Math.ceil(n) : n;
}

/** Whether a simple `if` (properties with const / enum / contains, required) holds for `data`. */
function holds(cond: unknown, data: unknown): boolean {
	if (cond === true) return true;
	if (!isObj(cond)) return false;
	if ('const' in cond) return JSON.stringify(cond.const) === JSON.stringify(data);
	if (Array.isArray(cond.enum))
		return cond.enum.some((v) => JSON.stringify(v) === JSON.stringify(data));
	if (isObj(cond.contains)) return Array.isArray(data) && data.some((v) => holds(cond.contains, v));
	if (Array.isArray(cond.required)) {
		if (!isObj(data) || !cond.required.every((k) => typeof k === 'string' && k in data))
			return false;
	}
	if (isObj(cond.properties)) {
		if (!isObj(data)) return true;
		for (const [k, sub] of Object.entries(cond.properties)) {
			if (k in data && !holds(sub, data[k])) return false;
		}
	}
	for (const x of Array.isArray(cond.allOf) ? cond.allOf : []) if (!holds(x, data)) return false;
	return true;
}

function fileRef(s: JsonSchema): Obj {
	const types = (s.properties as Obj | undefined)?.mediaType as JsonSchema | undefined;
	const mediaType = (types && choice(types)?.value) ?? 'application/pdf';
	const ext =
		String(mediaType).split('/').pop() === 'jpeg' ? 'jpg' : String(mediaType).split('/').pop();
	return { name: `示例材料.${ext}`, mediaType, size: 102400, sha256: SHA256 };
}

function isFileRef(s: JsonSchema): boolean {
	const props = s.properties as Obj | undefined;
	return !!props && 'sha256' in props && 'mediaType' in props;
}

export function sampleValue(s: JsonSchema, key = '', depth = 0): unknown {
	if (!isObj(s) || depth > 12) return undefined;
	const fixed = choice(s);
	if (fixed) return fixed.value;
	const type = typeOf(s);
	switch (type) {
		case 'object':
			return isFileRef(s) ? fileRef(s) : sampleObject(s, depth);
		case 'array': {
			const items = (isObj(s.items) ? s.items : {}) as JsonSchema;
			const min = typeof s.minItems === 'number' ? s.minItems : 1;
			const max = typeof s.maxItems === 'number' ? s.maxItems : min;
			const options = (items.oneOf ?? items.anyOf ?? items.enum) as unknown[] | undefined;
			if (s.uniqueItems && Array.isArray(options)) {
				const consts = options.map((o) => (isObj(o) && 'const' in o ? o.const : o));
				return consts.slice(0, Math.max(1, Math.min(min, max)));
			}
			const n = Math.max(min, Math.min(1, max));
			return Array.from({ length: n }, () => sampleValue(items, key, depth + 1));
		}
		case 'boolean':
			return false;
		case 'integer':
			return number(s, true);
		case 'number':
			return number(s, false);
		case 'string':
			return text(s, key);
		default:
			return undefined;
	}
}

function sampleObject(s: JsonSchema, depth: number): Obj {
	const out: Obj = {};
	const props = (isObj(s.properties) ? s.properties : {}) as Record<string, JsonSchema>;
	for (const [k, sub] of Object.entries(props)) {
		if ((sub as unknown) === false) continue;
		const v = sampleValue(sub, k, depth + 1);
		if (v !== undefined) out[k] = v;
	}
	// conditions whose `if` holds add their fields, as the form shows them
	const rules = [s, ...((Array.isArray(s.allOf) ? s.allOf : []) as JsonSchema[])];
	for (const rule of rules) {
		if (!isObj(rule) || !('if' in rule)) continue;
		const branch = (holds(rule.if, out) ? rule.then : rule.else) as JsonSchema | undefined;
		if (!isObj(branch) || !isObj(branch.properties)) continue;
		applyBranch(out, branch.properties as Record<string, JsonSchema>, depth);
	}
	return out;
}

/**
 * A branch's properties over data already generated: `false` takes a property out (a material whose
 * condition does not hold), a new field is generated, a refinement of an object reaches inside it.
 */
function applyBranch(out: Obj, props: Record<string, JsonSchema>, depth: number): void {
	for (const [k, sub] of Object.entries(props)) {
		if ((sub as unknown) === false) {
			delete out[k];
		} else if (out[k] === undefined) {
			const v = sampleValue(sub, k, depth + 1);
			if (v !== undefined) out[k] = v;
		} else if (isObj(out[k]) && isObj(sub) && isObj(sub.properties)) {
			applyBranch(out[k] as Obj, sub.properties as Record<string, JsonSchema>, depth + 1);
		}
	}
}

/** An error the schema reports: where, and which keyword. */
export interface SampleProblem {
	pointer: string;
	keyword: string;
}

/**
 * Sample data for a whole application; with `check`, properties the schema forbids where they are
 * (a material whose condition does not hold, an unevaluated property) are taken out again.
 */
export function sampleData(
	schema: JsonSchema,
	check?: (data: unknown) => SampleProblem[]
): unknown {
	const data = sampleValue(schema) as Obj;
	if (!check) return data;
	for (let round = 0; round < 3; round++) {
		const drop = check(data).filter(
			(p) => p.keyword === 'false schema' || p.keyword === 'unevaluatedProperties'
		);
		if (!drop.length) break;
		for (const p of drop) {
			const tokens = p.pointer
				.split('/')
				.slice(1)
				.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
			const last = tokens.pop();
			let parent: unknown = data;
			for (const t of tokens) parent = isObj(parent) ? parent[t] : undefined;
			if (isObj(parent) && last !== undefined) delete parent[last];
		}
	}
	return data;
}
