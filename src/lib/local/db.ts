// The browser's own copy of the editor's work (IndexedDB through Dexie). A working copy is written on
// every edit, so a reload, a crash or a lost network loses nothing; the outbox lists the items whose
// changes still have to reach the server.
import Dexie, { type Table } from 'dexie';
import type { Mapping } from '../domain/spreadsheet/types';

export interface WorkingCopy {
	code: string;
	/** the item document as last edited (may be invalid: work in progress is kept as it is) */
	document: unknown;
	/** the server revision the edits are based on; 0 when the item is not on the server yet */
	baseRevision: number;
	/** edits not yet saved on the server */
	dirty: boolean;
	/** ms since the epoch of the last local edit */
	updatedAt: number;
	name: string;
}

export interface OutboxEntry {
	code: string;
	queuedAt: number;
	attempts: number;
	/** why the last attempt failed, for people */
	lastError?: string;
	/** the server refused the save as stale: waits for the editor's decision */
	conflict?: boolean;
}

/** A column mapping of the Excel import, kept for the next workbook with the same header row. */
export interface SavedMapping {
	/** the header row, as the domain's `headerRowKey` writes it */
	key: string;
	mapping: Mapping;
	savedAt: number;
}

export class LocalDb extends Dexie {
	copies!: Table<WorkingCopy, string>;
	outbox!: Table<OutboxEntry, string>;
	mappings!: Table<SavedMapping, string>;

	constructor(name = 'banshi-designer') {
		super(name);
		this.version(1).stores({ copies: 'code, updatedAt', outbox: 'code, queuedAt' });
		this.version(2).stores({ mappings: 'key, savedAt' });
	}
}

let shared: LocalDb | undefined;

/** The one database of this tab (Dexie instances share the IndexedDB connection underneath). */
export function localDb(): LocalDb {
	shared ??= new LocalDb();
	return shared;
}

/** Tests give each case a fresh database. */
export function useLocalDb(db: LocalDb) {
	shared = db;
}
