// The starter templates in templates/ must be valid item documents that compile, are free of
// blocking lint findings and, together, exercise the main variations of the item model.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validateItem } from '../../src/lib/domain/item/validate';
import { compileItem, isAsked } from '../../src/lib/domain/compile';
import { decide } from '../../src/lib/domain/acceptance';
import { lintItem } from '../../src/lib/domain/lint';
import { listFormFields } from '../../src/lib/domain/item/fields';
import { DEFAULT_POLICY } from '../../src/lib/domain/item/policy';
import type { Item } from '../../src/lib/domain/item/types';
import { SAMPLES, fileRef } from '../fixtures/template-samples';

const ajv = new Ajv2020({ strict: false });
const dir = join(process.cwd(), 'templates');
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.sort();
const templates = files.map((file) => ({
	file,
	item: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Item
}));

describe('templates', () => {
	it('has at least six templates', () => {
		expect(files.length).toBeGreaterThanOrEqual(6);
	});

	describe.each(templates)('$file', ({ file, item }) => {
		it('is a valid item document', () => {
			const result = validateItem(item);
			expect(result.problems).toEqual([]);
			expect(result.ok).toBe(true);
		});

		it('compiles', () => {
			const bundle = compileItem(item);
			expect(bundle.code).toBe(item.code);
			expect(bundle.hash).toMatch(/^[0-9a-f]{64}$/);
		});

		it('accepts a complete application and applies its tolerance rules', () => {
			const slug = file.replace(/\.json$/, '');
			const form = SAMPLES[slug];
			expect(form, `sample application for ${slug}`).toBeDefined();
			const bundle = compileItem(item);
			const materials = Object.fromEntries(
				item.materials
					.filter((m) => isAsked(m) && (!m.condition || ajv.validate(m.condition, form)))
					.map((m) => [m.id, fileRef(m.id)])
			);
			const complete = decide(bundle, { form, materials, commitment: false }, '2026-03-02');
			expect(complete.errors).toEqual([]);
			expect(complete.decision).toBe('accept');

			const tolerable = bundle.tolerance.tolerableIds.slice(0, bundle.tolerance.maxMissing);
			if (!bundle.tolerance.allowed || tolerable.length === 0) return;
			const partial = { ...materials };
			for (const id of tolerable) delete partial[id];
			const signed = decide(bundle, { form, materials: partial, commitment: true }, '2026-03-02');
			expect(signed.decision).toBe('accept-with-tolerance');
			expect(signed.tolerated.map((t) => t.id).sort()).toEqual([...tolerable].sort());
			const unsigned = decide(
				bundle,
				{ form, materials: partial, commitment: false },
				'2026-03-02'
			);
			expect(unsigned.decision).toBe('supplement');
			expect(unsigned.toleranceOffer?.materials.map((m) => m.id).sort()).toEqual(
				[...tolerable].sort()
			);
			const essential = item.materials.find((m) => m.essential && isAsked(m) && !m.condition);
			if (essential) {
				const noEssential = { ...partial };
				delete noEssential[essential.id];
				const r = decide(bundle, { form, materials: noEssential, commitment: true }, '2026-03-02');
				expect(r.decision).toBe('supplement');
			}
		});

		it('orders every field of every section in its uiSchema', () => {
			type Branch = { properties?: Record<string, Node> };
			type Node = {
				properties?: Record<string, Node>;
				items?: Node;
				type?: unknown;
				allOf?: { then?: Branch; else?: Branch }[];
			};
			// a field shown under a condition lives in its allOf entry's `then` (the designer's shape)
			const fields = (schema: Node): Record<string, Node> =>
				Object.assign(
					{},
					schema.properties,
					...(schema.allOf ?? []).flatMap((r) => [r.then?.properties, r.else?.properties])
				);
			const check = (schema: Node, ui: Record<string, unknown> | undefined, at: string) => {
				if (schema.properties) {
					const order = ui?.['ui:order'] as string[] | undefined;
					const names = Object.keys(fields(schema));
					if (order && !order.includes('*'))
						expect([...order].sort(), at).toEqual([...names].sort());
					for (const name of Object.keys(ui ?? {}).filter((k) => !k.startsWith('ui:'))) {
						expect(names, `${at}: uiSchema entry ${name}`).toContain(name);
					}
					for (const [name, sub] of Object.entries(fields(schema))) {
						check(sub, ui?.[name] as Record<string, unknown> | undefined, `${at}/${name}`);
					}
				}
				if (schema.items && typeof schema.items === 'object') {
					check(schema.items, ui?.items as Record<string, unknown> | undefined, `${at}/items`);
				}
			};
			check(item.form.schema as Node, item.form.uiSchema, '');
		});

		it('shows conditionally required fields only while their condition holds', () => {
			expect(lintItem(item).filter((f) => f.rule === 'conditional-field-shown')).toEqual([]);
		});

		it('has no blocking lint findings', () => {
			const errors = lintItem(item).filter((f) => f.severity === 'error');
			expect(errors).toEqual([]);
		});

		it('uses a file name that is a slug', () => {
			expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
		});

		it('keeps tolerance within the risk-class policy', () => {
			const policy = DEFAULT_POLICY.classes[item.riskClass];
			const tolerable = item.materials.filter((m) => m.necessity === 'tolerable');
			for (const m of tolerable) expect(m.essential, m.id).toBe(false);
			if (item.tolerance.enabled) {
				expect(policy.toleranceAllowed).toBe(true);
				expect(item.caseType).toBe('promised');
				expect(item.tolerance.maxMissing).toBeGreaterThan(0);
				expect(item.tolerance.maxMissing).toBeLessThanOrEqual(policy.maxMissing);
				expect(item.tolerance.maxMissing).toBeLessThanOrEqual(tolerable.length);
				expect(item.tolerance.supplementDays).toBeLessThan(item.guide.promisedTimeLimit.value);
			} else {
				expect(tolerable).toEqual([]);
			}
		});

		it('has conditions that refer to fields of its form', () => {
			const keys = new Set(listFormFields(item.form.schema).map((f) => f.key));
			const referenced = (schema: unknown, prefix: string[]): string[] => {
				if (!schema || typeof schema !== 'object') return [];
				const props = (schema as { properties?: Record<string, unknown> }).properties ?? {};
				return Object.entries(props).flatMap(([name, sub]) => [
					[...prefix, name].join('.'),
					...referenced(sub, [...prefix, name])
				]);
			};
			for (const m of item.materials) {
				if (!m.condition) continue;
				for (const key of referenced(m.condition, []))
					expect(keys.has(key), `${m.id}: ${key}`).toBe(true);
			}
		});

		it('gives every form field a title', () => {
			for (const f of listFormFields(item.form.schema)) expect(f.title, f.key).toBeTruthy();
		});
	});

	it('cover the three risk classes', () => {
		const classes = new Set(templates.map((t) => t.item.riskClass));
		expect([...classes].sort()).toEqual(['cautious', 'control', 'encouraged']);
	});

	it('cover both case types', () => {
		const cases = new Set(templates.map((t) => t.item.caseType));
		expect([...cases].sort()).toEqual(['immediate', 'promised']);
	});

	it('cover licensing, payment and public-service items', () => {
		const kinds = new Set(templates.map((t) => t.item.kind));
		for (const kind of ['licensing', 'payment', 'public-service'] as const) {
			expect(kinds.has(kind), kind).toBe(true);
		}
	});

	it('include a repeating group, a material condition and a tolerable material on an encouraged item', () => {
		expect(
			templates.some((t) =>
				listFormFields(t.item.form.schema).some((f) => f.array && f.type === 'array')
			)
		).toBe(true);
		expect(templates.some((t) => t.item.materials.some((m) => m.condition))).toBe(true);
		expect(
			templates.some(
				(t) =>
					t.item.riskClass === 'encouraged' &&
					t.item.tolerance.enabled &&
					t.item.materials.some((m) => m.necessity === 'tolerable')
			)
		).toBe(true);
	});

	it('use department credit codes with valid check characters', () => {
		const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
		const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
		for (const { item } of templates) {
			const code = item.department.creditCode;
			expect(code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
			const sum = weights.reduce((s, w, i) => s + w * chars.indexOf(code[i]), 0);
			expect(code[17], item.name).toBe(chars[(31 - (sum % 31)) % 31]);
		}
	});
});
