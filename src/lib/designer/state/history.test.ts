import { describe, expect, it } from 'vitest';
import { History } from './history';

describe('undo history', () => {
	it('undoes and redoes in order, and a new edit clears what could be redone', () => {
		const h = new History<string>();
		let cur = 'a';
		const edit = (next: string, key?: string) => {
			h.record(cur, key);
			cur = next;
		};
		edit('b');
		edit('c');
		cur = h.undo(cur)!;
		expect(cur).toBe('b');
		cur = h.undo(cur)!;
		expect(cur).toBe('a');
		expect(h.undo(cur)).toBeUndefined();
		cur = h.redo(cur)!;
		expect(cur).toBe('b');
		edit('x');
		expect(h.canRedo).toBe(false);
		expect(h.undo(cur)).toBe('b');
	});

	it('merges quick edits of one input into one step, but not after the window or a seal', () => {
		let now = 0;
		const h = new History<string>({ mergeWindow: 1000, now: () => now });
		let cur = '';
		for (const ch of ['许', '许可', '许可证']) {
			h.record(cur, '/name');
			cur = ch;
			now += 100;
		}
		expect(h.depth.past).toBe(1);
		expect(h.undo(cur)).toBe('');
		h.record('', '/name');
		now += 5000;
		h.record('a', '/name');
		expect(h.depth.past).toBe(2);
		h.seal();
		h.record('b', '/name');
		expect(h.depth.past).toBe(3);
	});

	it('keeps at most `limit` steps', () => {
		const h = new History<number>({ limit: 3 });
		for (let i = 0; i < 10; i++) h.record(i);
		expect(h.depth.past).toBe(3);
		expect(h.undo(10)).toBe(9);
	});
});
