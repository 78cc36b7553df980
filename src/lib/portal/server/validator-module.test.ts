// The precompiled validators must reach exactly the verdicts decide() reaches by compiling the
// bundle itself: a portal under a strict CSP may not tell an applicant anything else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import standaloneCode from 'ajv/dist/standalone';
import { decide } from '$lib/domain/acceptance';
import { conditionDefName } from '$lib/domain/compile/acceptance-schemas';
import { createAjv } from '$lib/domain/validation/ajv';
import { compileItem } from '$lib/domain/compile';
import type { Bundle } from '$lib/domain/compile/types';
import type { Item } from '$lib/domain/item/types';
import { fromModule } from '../validators';
import { validatorModule } from './validator-module';

const templates = join(process.cwd(), 'templates');
const bundleOf = (slug: string): Bundle =>
	compileItem(JSON.parse(readFileSync(join(templates, `${slug}.json`), 'utf8')) as Item);

async function load(bundle: Bundle) {
	const source = validatorModule(bundle);
	const mod = await import(
		/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
	);
	return { source, validators: fromModule(mod, bundle.hash) };
}

const file = (name: string) => ({
	name,
	mediaType: 'application/pdf',
	size: 4096,
	sha256: 'cd'.repeat(32)
});

const food = {
	applicant: {
		name: '示范市金水区张记面馆',
		creditCode: '91410105MA9GK3T858',
		legalRepresentative: '张伟',
		idNumber: '410105198506123017',
		mobile: '13803710002',
		region: '410105',
		address: '示范市金水区农业路23号'
	},
	business: {
		operatorType: '餐饮服务经营者',
		premisesRegion: '410105',
		premises: '示范市金水区农业路23号一层',
		area: 86.5,
		items: ['热食类食品制售'],
		onlineSales: false,
		centralKitchen: false
	},
	safetyManagers: [{ name: '张伟', idNumber: '410105198506123017', mobile: '13803710002' }],
	hasAgent: false
};

/** The module as format 2 generated it (and as older versions may still have it stored). */
function formatTwo(bundle: Bundle): string {
	const ajv = createAjv('standalone', { formats: { variable: 'fmts' } });
	const refs: Record<string, string> = {};
	for (const [name, schema] of [
		['application', bundle.applicationSchema],
		['complete', bundle.acceptance.complete],
		['tolerant', bundle.acceptance.tolerant]
	] as const) {
		if (schema === false) continue;
		ajv.addSchema(schema);
		refs[name] = schema.$id as string;
	}
	const conditions: number[] = [];
	bundle.materials.forEach((m, i) => {
		if (m.condition === undefined || m.sharedExempt) return;
		refs[`condition_${i}`] = `${refs.complete}#/$defs/${conditionDefName(i)}`;
		conditions.push(i);
	});
	return [
		`export const format = 2;`,
		`export const hash = ${JSON.stringify(bundle.hash)};`,
		`export const conditions = ${JSON.stringify(conditions)};`,
		`export const refusals = [];`,
		`export function create(fmts, require) {`,
		`const exports = {};`,
		standaloneCode(ajv, refs),
		`return exports;`,
		`}`
	].join('\n');
}

describe('precompiled validator module', () => {
	it('is plain ES module source with no eval and no imports', async () => {
		const { source } = await load(bundleOf('food-business-licence'));
		expect(source).not.toMatch(/\bnew Function\b|\beval\(/);
		expect(source).not.toMatch(/^\s*import\b/m);
		expect(source).toMatch(/\bcreate\b/);
		expect(source).toMatch(/\bexport\s*\{[^}]*\bcreate\b/);
	});

	it('sets the form part of the verdicts aside and is a third smaller', async () => {
		const bundle = bundleOf('food-business-licence');
		const { source, validators } = await load(bundle);
		const mod = await import(
			/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
		);
		expect(mod.format).toBe(4);
		expect(mod.split).toBe(true);
		expect((validators as { split?: { formImplied: boolean } }).split?.formImplied).toBe(
			mod.formImplied
		);
		// the every-error form check once (format 2 had it in all three schemas), verdicts that stop
		// at the first failure, minified: a third smaller at least, even gzipped
		const { gzipSync } = await import('node:zlib');
		const gz = (text: string) => gzipSync(text).length;
		expect(gz(source)).toBeLessThan((gz(formatTwo(bundle)) * 2) / 3);
	});

	it('still reads a module stored in format 2, before the verdicts were split', async () => {
		const bundle = bundleOf('food-business-licence');
		const legacy = await import(
			/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(formatTwo(bundle)).toString('base64')}`
		);
		const validators = fromModule(legacy, bundle.hash);
		const all = Object.fromEntries(
			bundle.materials.filter((m) => !m.sharedExempt && !m.condition).map((m) => [m.id, file(m.id)])
		);
		const withoutLayout = { ...all };
		delete withoutLayout['layout-plan'];
		for (const submission of [
			{ form: food, materials: all, commitment: false },
			{ form: food, materials: withoutLayout, commitment: true },
			{ form: { ...food, agent: 'x' }, materials: all, commitment: false }
		]) {
			expect(decide(bundle, submission, '2026-09-29', { validators })).toEqual(
				decide(bundle, submission, '2026-09-29')
			);
		}
	});

	it('still decides with a module stored in format 3, before repeated subschemas were shared', async () => {
		// generated by a format-3 release for the bundle beside it, kept byte for byte
		const dir = join(process.cwd(), 'tests', 'fixtures', 'validator-module-3');
		const bundle = JSON.parse(
			readFileSync(join(dir, 'food-business-licence.bundle.json'), 'utf8')
		) as Bundle;
		const source = readFileSync(join(dir, 'food-business-licence.validator.js.txt'), 'utf8');
		const legacy = await import(
			/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
		);
		expect(legacy.format).toBe(3);
		const validators = fromModule(legacy, bundle.hash);
		const all = Object.fromEntries(
			bundle.materials.filter((m) => !m.sharedExempt && !m.condition).map((m) => [m.id, file(m.id)])
		);
		const withoutLayout = { ...all };
		delete withoutLayout['layout-plan'];
		const badId = structuredClone(food);
		badId.applicant.idNumber = '410105198506123010';
		const kinds = new Set<string>();
		for (const submission of [
			{ form: food, materials: all, commitment: false },
			{ form: food, materials: withoutLayout, commitment: true },
			{ form: badId, materials: all, commitment: false },
			{ form: {}, materials: {}, commitment: true }
		]) {
			const decided = decide(bundle, submission, '2026-09-29', { validators });
			expect(decided).toEqual(decide(bundle, submission, '2026-09-29'));
			kinds.add(decided.decision);
		}
		expect([...kinds].sort()).toEqual(['accept', 'accept-with-tolerance', 'supplement']);
	});

	it('agrees with decide() compiling the bundle, for accepted, tolerated and refused submissions', async () => {
		const bundle = bundleOf('food-business-licence');
		const { validators } = await load(bundle);
		const all = Object.fromEntries(
			bundle.materials.filter((m) => !m.sharedExempt && !m.condition).map((m) => [m.id, file(m.id)])
		);
		const withoutLayout = { ...all };
		delete withoutLayout['layout-plan'];
		const withoutForm = { ...all };
		delete withoutForm['application-form'];
		const badId = structuredClone(food);
		badId.applicant.idNumber = '410105198506123010';
		// minLength counts characters through ajv's ucs2length helper handed to the module
		const shortName = structuredClone(food);
		shortName.applicant.name = '张';
		const kitchen = structuredClone(food);
		kitchen.business.centralKitchen = true;
		const cases = [
			{ form: food, materials: all, commitment: false },
			{ form: food, materials: withoutLayout, commitment: true },
			{ form: food, materials: withoutLayout, commitment: false },
			{ form: food, materials: withoutForm, commitment: true },
			{ form: badId, materials: all, commitment: false },
			{ form: shortName, materials: all, commitment: false },
			{ form: kitchen, materials: all, commitment: false },
			{ form: { ...food, agent: 'x' }, materials: all, commitment: false },
			// a `materials` key of the form's own: the verdicts' form part is checked after all
			{ form: { ...food, materials: {} }, materials: all, commitment: false },
			{ form: {}, materials: {}, commitment: true },
			'not a submission'
		];
		const kinds = new Set<string>();
		for (const submission of cases) {
			const expected = decide(bundle, submission, '2026-09-29');
			const actual = decide(bundle, submission, '2026-09-29', { validators });
			expect(actual).toEqual(expected);
			kinds.add(actual.decision);
		}
		expect([...kinds].sort()).toEqual(['accept', 'accept-with-tolerance', 'supplement']);
	});

	it('reports a wrong ID check digit through the formats handed to it', async () => {
		const { validators } = await load(bundleOf('food-business-licence'));
		const form = structuredClone(food);
		form.applicant.idNumber = '410105198506123010';
		expect(validators.application({ ...form, materials: {} })).toBe(false);
		expect(validators.application.errors?.map((e) => e.instancePath)).toContain(
			'/applicant/idNumber'
		);
		expect(validators.application({ ...food, materials: {} })).toBe(true);
	});

	it('refuses a module generated for another bundle', async () => {
		const bundle = bundleOf('food-business-licence');
		const source = validatorModule(bundle);
		const mod = await import(
			/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
		);
		expect(() => fromModule(mod, 'f'.repeat(64))).toThrow(/not f{64}/);
	});

	it('generates a module for every template that decides as decide() does, in both languages', async () => {
		for (const name of readdirSync(templates).filter((f) => f.endsWith('.json'))) {
			const bundle = bundleOf(name.replace(/\.json$/, ''));
			const { validators } = await load(bundle);
			expect(typeof validators.complete).toBe('function');
			// every field error of an empty form, and the verdict on a form of the wrong kind
			const materials = Object.fromEntries(bundle.materials.map((m) => [m.id, file(m.id)]));
			for (const submission of [
				{ form: {}, materials, commitment: true },
				{ form: { unknown: 1 }, materials: {}, commitment: false }
			]) {
				for (const locale of ['zh-CN', 'en'] as const)
					expect(decide(bundle, submission, '2026-09-29', { validators, locale })).toEqual(
						decide(bundle, submission, '2026-09-29', { locale })
					);
			}
		}
	});
});
