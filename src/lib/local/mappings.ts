// Column mappings of the Excel import, kept in this browser and offered again for a workbook with
// the same header row (offices re-import the same catalogue layout month after month).
import { parseMapping, type Mapping } from '../domain/spreadsheet';
import { localDb } from './db';

/** The key of a header row: the headers in their order, so a moved or renamed column is a new layout. */
export function mappingKey(headers: readonly string[]): string {
	return JSON.stringify(headers);
}

/** Keeps `mapping` for workbooks with these headers. */
export async function saveMapping(headers: readonly string[], mapping: Mapping): Promise<void> {
	await localDb().mappings.put({ key: mappingKey(headers), mapping, savedAt: Date.now() });
}

/** The mapping saved for these headers, if any (a stored one that no longer parses is ignored). */
export async function savedMapping(headers: readonly string[]): Promise<Mapping | undefined> {
	const saved = await localDb().mappings.get(mappingKey(headers));
	return saved ? parseMapping(saved.mapping) : undefined;
}
