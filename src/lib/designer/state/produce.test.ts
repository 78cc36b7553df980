import { describe, expect, it } from 'vitest';
import { produce, isDraft } from './produce';

const base = () => ({
	name: '食品经营许可',
	guide: { fees: { free: true }, phones: ['12345'] },
	materials: [
		{ id: 'a', name: '申请书' },
		{ id: 'b', name: '营业执照' },
		{ id: 'c', name: '平面图' }
	]
});

describe('produce (copy on write)', () => {
	it('returns the very same object when the recipe changes nothing', () => {
		const doc = base();
		expect(produce(doc, (d) => void d.guide.fees.free)).toBe(doc);
		expect(produce(doc, (d) => void (d.name = doc.name))).toBe(doc);
	});

	it('copies only the path that changed and leaves the original untouched', () => {
		const doc = base();
		const next = produce(doc, (d) => {
			d.guide.fees.free = false;
		});
		expect(next.guide.fees.free).toBe(false);
		expect(doc.guide.fees.free).toBe(true);
		expect(next).not.toBe(doc);
		expect(next.guide).not.toBe(doc.guide);
		expect(next.guide.phones).toBe(doc.guide.phones);
		expect(next.materials).toBe(doc.materials);
	});

	it('reorders arrays with splice, keeping the moved elements', () => {
		const doc = base();
		const next = produce(doc, (d) => {
			const [x] = d.materials.splice(0, 1);
			d.materials.splice(2, 0, x);
		});
		expect(next.materials.map((m) => m.id)).toEqual(['b', 'c', 'a']);
		expect(next.materials[2]).toBe(doc.materials[0]);
		expect(doc.materials.map((m) => m.id)).toEqual(['a', 'b', 'c']);
		expect(isDraft(next.materials[2])).toBe(false);
	});

	it('finalises drafts that were moved and then changed', () => {
		const doc = base();
		const next = produce(doc, (d) => {
			const moved = d.materials[0];
			moved.name = '申请表';
			d.materials = [d.materials[2], moved];
		});
		expect(next.materials).toEqual([
			{ id: 'c', name: '平面图' },
			{ id: 'a', name: '申请表' }
		]);
		expect(isDraft(next.materials[1])).toBe(false);
		expect(JSON.parse(JSON.stringify(next))).toEqual(next);
	});

	it('supports push, delete and replacing the whole document', () => {
		const doc = base();
		const pushed = produce(doc, (d) => {
			d.guide.phones.push('0371-1');
			delete (d as { name?: string }).name;
		});
		expect(pushed.guide.phones).toEqual(['12345', '0371-1']);
		expect('name' in pushed).toBe(false);
		const replaced = produce(doc, () => ({ ...base(), name: 'x' }));
		expect(replaced.name).toBe('x');
	});

	it('iterates drafts like plain values', () => {
		const doc = base();
		let seen: string[] = [];
		produce(doc, (d) => {
			seen = d.materials.map((m) => m.id);
			expect(Object.keys(d.guide)).toEqual(['fees', 'phones']);
			expect([...d.guide.phones]).toEqual(['12345']);
		});
		expect(seen).toEqual(['a', 'b', 'c']);
	});
});
