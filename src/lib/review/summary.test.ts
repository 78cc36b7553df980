import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffItems } from '$lib/domain/diff';
import { lintItem, type Finding } from '$lib/domain/lint';
import type { Item } from '$lib/domain/item/types';
import { applicantOverall, lintDelta, materialRows, pointerId } from './summary';

const template = (slug: string): Item =>
	JSON.parse(readFileSync(`templates/${slug}.json`, 'utf8')) as Item;

const finding = (rule: string, message: string, pointer = '/x'): Finding => ({
	rule,
	severity: 'error',
	pointer,
	message
});

describe('lintDelta', () => {
	it('reports only findings the new revision introduced, and those it resolved', () => {
		const a = finding('r1', 'same problem', '/materials/2');
		const moved = finding('r1', 'same problem', '/materials/3');
		const fresh = finding('r2', 'new problem');
		const gone = finding('r3', 'old problem');
		const d = lintDelta([a, gone], [moved, fresh]);
		expect(d.added).toEqual([fresh]);
		expect(d.resolved).toEqual([gone]);
		expect(d.errors).toBe(2);
	});

	it('counts repeated findings: a second occurrence of a known finding is new', () => {
		const f = finding('r1', 'm');
		expect(lintDelta([f], [f, f]).added).toHaveLength(1);
	});

	it('treats every finding as new for an item never published', () => {
		const f = finding('r1', 'm');
		expect(lintDelta(null, [f]).added).toEqual([f]);
	});

	it('finds the supplement-deadline errors a shortened time limit introduces', () => {
		const old = template('public-place-hygiene-licence');
		const next = structuredClone(old);
		next.guide.promisedTimeLimit.value = 5;
		const d = lintDelta(lintItem(old), lintItem(next));
		expect(d.added.map((f) => f.rule)).toContain('supplement-exceeds-promised');
		expect(d.resolved).toEqual([]);
	});
});

describe('materialRows', () => {
	const old = template('public-place-hygiene-licence');

	it('marks an added material, a changed cell with its previous value, and a removed one', () => {
		const next = structuredClone(old);
		next.materials[1].copies = 3;
		const removed = next.materials.splice(2, 1)[0];
		next.materials.push({ ...old.materials[0], id: 'extra', name: '新增证明' });
		const report = diffItems(old, next);
		const rows = materialRows(old.materials, next.materials, report.groups.materials);
		expect(rows.at(-1)).toMatchObject({ status: 'removed', material: { id: removed.id } });
		expect(rows.find((r) => r.material.id === 'extra')?.status).toBe('added');
		const changed = rows.find((r) => r.material.id === next.materials[1].id)!;
		expect(changed).toMatchObject({ status: 'changed', changed: ['copies'] });
		expect(changed.previous?.copies).toBe(old.materials[1].copies);
		expect(rows.filter((r) => r.status === 'same')).toHaveLength(old.materials.length - 2);
	});

	it('leaves every row unmarked when nothing changed', () => {
		const rows = materialRows(old.materials, old.materials, []);
		expect(rows.every((r) => r.status === 'same' && r.changed.length === 0)).toBe(true);
	});
});

describe('applicantOverall', () => {
	it('names the direction of a change set', () => {
		expect(applicantOverall({ total: 0, stricter: 0, looser: 0 })).toBe('verdict.none');
		expect(applicantOverall({ total: 2, stricter: 1, looser: 1 })).toBe('verdict.mixed');
		expect(applicantOverall({ total: 1, stricter: 1, looser: 0 })).toBe('verdict.stricterOverall');
		expect(applicantOverall({ total: 1, stricter: 0, looser: 1 })).toBe('verdict.looserOverall');
		expect(applicantOverall({ total: 3, stricter: 0, looser: 0 })).toBe('verdict.neutralOnly');
	});
});

describe('pointerId', () => {
	it('gives distinct, HTML-safe ids for distinct pointers', () => {
		const ids = ['/materials/1', '/materials/11', '/form/schema/properties/a~1b', ''].map((p) =>
			pointerId(p)
		);
		expect(new Set(ids).size).toBe(4);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
	});
});
