import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OneThing } from '$lib/domain/onething/types';
import type { OneThingBundle } from '$lib/domain/onething/types';
import { addMember, setCondition } from './doc';
import type { SaveOutcome } from './remote';
import { OneThingStore, type Remote } from './store.svelte';

const doc: OneThing = {
	schemaVersion: 1,
	documentType: 'onething',
	code: 'YJS-T',
	name: '开办餐饮店',
	theme: { kind: 'business-event', name: '开办餐馆' },
	leadDepartment: { name: '市场监督管理局', creditCode: '11141000MB0000000X' },
	members: [],
	guide: {
		summary: '',
		process: [],
		jointTimeLimit: { value: 5, unit: 'workday' },
		window: { name: '', address: '', hours: '' },
		consult: { phones: [] }
	}
};

function fake(outcomes: SaveOutcome[]) {
	const saved: { base: number; doc: OneThing }[] = [];
	const remote: Remote = {
		save: async (_code, base, d) => {
			saved.push({ base, doc: d });
			return outcomes.shift() ?? { kind: 'saved', revision: base + 1, status: 'draft' };
		},
		preview: async () => ({
			ok: true,
			bundle: null,
			conflicts: [],
			suggestions: [],
			errors: [],
			members: []
		})
	};
	return { remote, saved };
}

function open(remote: Remote) {
	return new OneThingStore(
		{
			code: 'YJS-T',
			locale: 'zh-CN',
			document: doc,
			revision: 3,
			status: 'draft',
			department: 'market',
			staleMembers: [],
			latestVersion: null
		},
		remote,
		100
	);
}

describe('one-thing autosave', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('saves an edit after a short idle time on top of the revision it started from', async () => {
		const { remote, saved } = fake([]);
		const store = open(remote);
		store.edit((d) => addMember(d, 'A'));
		store.edit((d) => addMember(d, 'B'));
		expect(store.saveState).toBe('unsaved');
		await vi.advanceTimersByTimeAsync(150);
		expect(saved).toHaveLength(1);
		expect(saved[0].base).toBe(3);
		expect(saved[0].doc.members.map((m) => m.code)).toEqual(['A', 'B']);
		expect(store.saveState).toBe('saved');
		expect(store.baseRevision).toBe(4);
		store.dispose();
	});

	it('a stale save keeps the edits on the page until the editor chooses, then saves on theirs', async () => {
		const theirs = { ...doc, name: '别人的名称' };
		const { remote, saved } = fake([
			{ kind: 'conflict', currentRevision: 7, author: '演示编辑二', document: theirs }
		]);
		const store = open(remote);
		store.edit((d) => addMember(d, 'A'));
		await vi.advanceTimersByTimeAsync(150);
		expect(store.saveState).toBe('conflict');
		expect(store.conflict?.author).toBe('演示编辑二');
		expect(store.doc.members.map((m) => m.code)).toEqual(['A']);
		// further edits are kept and not sent behind the editor's back
		store.edit((d) => addMember(d, 'B'));
		await vi.advanceTimersByTimeAsync(500);
		expect(saved).toHaveLength(1);
		store.keepMine();
		await vi.advanceTimersByTimeAsync(0);
		expect(saved[1].base).toBe(7);
		expect(saved[1].doc.members.map((m) => m.code)).toEqual(['A', 'B']);
		expect(store.saveState).toBe('saved');
		store.dispose();
	});

	it('taking theirs replaces the document with their revision', async () => {
		const theirs = { ...doc, name: '别人的名称' };
		const { remote } = fake([{ kind: 'conflict', currentRevision: 9, document: theirs }]);
		const store = open(remote);
		store.edit((d) => ({ ...d, name: '我的名称' }));
		await vi.advanceTimersByTimeAsync(150);
		store.takeTheirs();
		expect(store.doc.name).toBe('别人的名称');
		expect(store.baseRevision).toBe(9);
		expect(store.saveState).toBe('saved');
		store.dispose();
	});

	it('offline: the edit stays and is saved when the server answers again', async () => {
		const { remote, saved } = fake([{ kind: 'offline' }]);
		const store = open(remote);
		store.edit((d) => addMember(d, 'A'));
		await vi.advanceTimersByTimeAsync(150);
		expect(store.saveState).toBe('offline');
		await vi.advanceTimersByTimeAsync(1100);
		expect(saved).toHaveLength(2);
		expect(store.saveState).toBe('saved');
		store.dispose();
	});
});

describe('member conditions', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('may test the shared fields of the last preview, and a condition set is saved with the document', async () => {
		const { remote, saved } = fake([]);
		const applicationSchema = {
			type: 'object',
			properties: {
				shared: {
					type: 'object',
					properties: { mobile: { type: 'string', title: '手机号码' } }
				},
				A: { type: 'object', properties: { staff: { type: 'integer' } } },
				materials: { type: 'object', properties: {} }
			}
		};
		remote.preview = async () => ({
			ok: true,
			bundle: { applicationSchema } as unknown as OneThingBundle,
			conflicts: [],
			suggestions: [],
			errors: [],
			members: []
		});
		const store = open(remote);
		expect(store.conditionFields).toEqual([]);
		await vi.advanceTimersByTimeAsync(0);
		expect(store.conditionFields.map((f) => [f.key, f.title])).toEqual([
			['shared.mobile', '手机号码']
		]);
		const condition = { properties: { shared: { required: ['mobile'] } }, required: ['shared'] };
		store.edit((d) => setCondition(addMember(d, 'A'), 'A', condition));
		await vi.advanceTimersByTimeAsync(150);
		expect(saved[0].doc.members).toEqual([{ code: 'A', pin: 'latest', condition }]);
		store.dispose();
	});
});
