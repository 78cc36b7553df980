import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalDb, useLocalDb } from './db';
import { outbox, readCopy, recordEdit, writeCopy } from './drafts';
import { Syncer, type Remote, type RemoteResult, type SyncOutcome } from './sync';

let n = 0;
beforeEach(() => {
	useLocalDb(new LocalDb(`test-${n++}`));
});

/** A server with one item at a revision; `down` makes it unreachable. */
function fakeServer(revision = 3) {
	const state = { revision, down: false, saved: [] as unknown[] };
	const remote: Remote = {
		async save(_code, base, document): Promise<RemoteResult> {
			if (state.down) return { ok: false, status: 0 };
			if (base !== state.revision)
				return {
					ok: false,
					status: 409,
					problem: {
						title: '与当前状态冲突',
						currentRevision: state.revision,
						author: 'editor2',
						document: { name: 'theirs' }
					}
				};
			state.revision++;
			state.saved.push(document);
			return { ok: true, status: 200, value: { revision: state.revision } };
		},
		async create(document) {
			if (state.down) return { ok: false, status: 0 };
			state.saved.push(document);
			state.revision = 1;
			return { ok: true, status: 201, value: { revision: 1 } };
		}
	};
	return { state, remote };
}

function collect(syncer: Syncer) {
	const outcomes: SyncOutcome[] = [];
	syncer.subscribe((_c, o) => outcomes.push(o));
	return outcomes;
}

describe('local working copies and the outbox', () => {
	it('keeps an edit made offline and delivers it when the server is back', async () => {
		const { state, remote } = fakeServer(3);
		await writeCopy({
			code: 'X',
			document: { name: 'v3' },
			name: 'v3',
			baseRevision: 3,
			dirty: false,
			updatedAt: 1
		});
		await recordEdit('X', { name: 'offline edit' }, 'offline edit', 3);
		state.down = true;
		const syncer = new Syncer(remote, { baseDelay: 10_000 });
		const outcomes = collect(syncer);
		await syncer.run();
		expect(outcomes.map((o) => o.kind)).toEqual(['offline']);
		expect((await readCopy('X'))?.dirty).toBe(true);
		expect((await outbox()).map((e) => e.code)).toEqual(['X']);

		state.down = false;
		await syncer.run();
		syncer.stop();
		expect(outcomes.at(-1)).toMatchObject({ kind: 'saved', revision: 4 });
		expect(state.saved).toEqual([{ name: 'offline edit' }]);
		const copy = await readCopy('X');
		expect(copy).toMatchObject({ dirty: false, baseRevision: 4 });
		expect(await outbox()).toEqual([]);
	});

	it('reports a stale save as a conflict with their revision and never overwrites it', async () => {
		const { state, remote } = fakeServer(5);
		await writeCopy({
			code: 'X',
			document: { name: 'mine' },
			name: 'mine',
			baseRevision: 4,
			dirty: true,
			updatedAt: 1
		});
		const syncer = new Syncer(remote);
		const outcomes = collect(syncer);
		await syncer.run();
		expect(outcomes).toEqual([
			expect.objectContaining({
				kind: 'conflict',
				currentRevision: 5,
				author: 'editor2',
				document: { name: 'theirs' }
			})
		]);
		expect(state.saved).toEqual([]);
		// held until the editor decides: another run sends nothing
		await syncer.run();
		expect(outcomes).toHaveLength(1);
		expect((await readCopy('X'))?.dirty).toBe(true);
		// keep mine: the copy moves onto their revision and is released
		await writeCopy({
			code: 'X',
			document: { name: 'mine' },
			name: 'mine',
			baseRevision: 5,
			dirty: true,
			updatedAt: 2
		});
		syncer.release('X');
		await syncer.run();
		syncer.stop();
		expect(state.saved).toEqual([{ name: 'mine' }]);
		expect(state.revision).toBe(6);
	});

	it('stays dirty when the editor changed the document while a save was on its way', async () => {
		const { remote } = fakeServer(1);
		const slow: Remote = {
			...remote,
			async save(code, base, doc) {
				await recordEdit('X', { name: 'newer' }, 'newer', 1);
				return remote.save(code, base, doc);
			}
		};
		await recordEdit('X', { name: 'older' }, 'older', 1);
		const syncer = new Syncer(slow);
		await syncer.run();
		syncer.stop();
		const copy = await readCopy('X');
		expect(copy).toMatchObject({ dirty: true, baseRevision: 2, document: { name: 'newer' } });
	});

	it('creates an item made offline on the server', async () => {
		const { state, remote } = fakeServer(0);
		await recordEdit('NEW', { name: 'local only' }, 'local only', 0);
		const syncer = new Syncer(remote);
		await syncer.run();
		syncer.stop();
		expect(state.saved).toEqual([{ name: 'local only' }]);
		expect(await readCopy('NEW')).toMatchObject({ dirty: false, baseRevision: 1 });
	});
});
