// Column mappings of the Excel import, kept in this browser too: the department's copy lives on the
// server, this one is offered when the server cannot be reached (the designer works offline).
import { headerRowKey, parseMapping, type Mapping } from '../domain/spreadsheet';
import { localDb } from './db';

/** Keeps `mapping` for workbooks with these headers. */
export async function saveMapping(headers: readonly string[], mapping: Mapping): Promise<void> {
	await localDb().mappings.put({ key: headerRowKey(headers), mapping, savedAt: Date.now() });
}

/** The mapping saved for these headers, if any (a stored one that no longer parses is ignored). */
export async function savedMapping(headers: readonly string[]): Promise<Mapping | undefined> {
	const saved = await localDb().mappings.get(headerRowKey(headers));
	return saved ? parseMapping(saved.mapping) : undefined;
}
