// Which column mapping the import screen offers for a header row: the one the editor's department
// saved last on the server, else the one kept in this browser (the designer works offline, and the
// server may be out of reach), else the one the common headers suggest. A mapping that worked is
// saved to both.
import { api } from '$lib/api/client';
import { headerRowHash, type Mapping } from '$lib/domain/spreadsheet';
import { saveMapping, savedMapping } from '$lib/local/mappings';

export type Offered =
	| { from: 'department'; mapping: Mapping; department: string; savedBy: string; savedAt: string }
	| { from: 'browser' | 'suggested'; mapping: Mapping };

export async function offeredMapping(
	headers: readonly string[],
	suggested: Mapping
): Promise<Offered> {
	const [shared, local] = await Promise.all([
		api.getXlsxMapping({ query: { hash: headerRowHash(headers) } }),
		savedMapping(headers).catch(() => undefined)
	]);
	const saved = shared.ok ? shared.value.saved : null;
	if (saved) return { from: 'department', ...saved };
	return local ? { from: 'browser', mapping: local } : { from: 'suggested', mapping: suggested };
}

/** Kept in this browser before the rows are checked: a corrected sheet comes back to it. */
export async function keepLocally(headers: readonly string[], mapping: Mapping): Promise<void> {
	await saveMapping(headers, mapping).catch(() => undefined);
}

/**
 * Saved for the department once the server accepted the rows with it, so colleagues are offered a
 * mapping that worked. Out of reach or refused, the browser's copy still serves this editor.
 */
export async function shareMapping(
	headers: string[],
	mapping: Mapping,
	department: string | undefined
): Promise<boolean> {
	const r = await api.saveXlsxMapping({
		body: { headers, mapping, ...(department && { department }) }
	});
	return r.ok;
}

/** The departments the signed-in editor imports for, by code and name; [] when out of reach. */
export async function ownDepartments(): Promise<{ code: string; name: string }[]> {
	const [me, all] = await Promise.all([api.me(), api.departments()]);
	if (!me.ok || !all.ok) return [];
	return all.value.departments.filter((d) => me.value.user.departments.includes(d.code));
}
