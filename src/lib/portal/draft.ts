// The filled form kept in this browser (localStorage), so a reload, a closed tab or a dropped
// connection loses nothing. One entry per item version: a draft never meets a form it was not
// made for. Storage may be unavailable (private windows, quotas): the form still works, unsaved.

export interface Draft {
	data: unknown;
	signed: boolean;
	/** ISO timestamp of the last save */
	savedAt: string;
}

const PREFIX = 'banshi.draft.';

export function draftKey(code: string, version: number | string): string {
	return `${PREFIX}${code}.v${version}`;
}

function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		// a sandboxed frame or disabled storage throws on access
		return undefined;
	}
}

export function loadDraft(key: string): Draft | undefined {
	const raw = storage()?.getItem(key);
	if (!raw) return undefined;
	try {
		const d = JSON.parse(raw) as Partial<Draft>;
		if (d && typeof d === 'object' && typeof d.savedAt === 'string') {
			return { data: d.data, signed: d.signed === true, savedAt: d.savedAt };
		}
	} catch {
		// a damaged entry is dropped below rather than breaking the form
	}
	storage()?.removeItem(key);
	return undefined;
}

export function saveDraft(key: string, data: unknown, signed: boolean): boolean {
	try {
		storage()?.setItem(key, JSON.stringify({ data, signed, savedAt: new Date().toISOString() }));
		return true;
	} catch (error) {
		console.warn('the form could not be kept in this browser:', error);
		return false;
	}
}

export function clearDraft(key: string): void {
	storage()?.removeItem(key);
}
