// The one-thing screens' calls of /api/v1 through the typed client, in one place: each answer is
// reduced to what the editor needs, so the screens do not depend on the declarations' details.
import { api, problemText, type ApiResult } from '$lib/api/client';
import type { StaleMember } from '$lib/api';
import type { DisplayStatus } from '$lib/domain/workflow';
import type { OneThing, OneThingBundle, OneThingConflict } from '$lib/domain/onething/types';
import type { SharedFieldSuggestion } from './doc';

export type { StaleMember };

export interface OneThingOpened {
	document: OneThing;
	status: DisplayStatus;
	revision: number;
	/** the department whose editors may act on it (can()) */
	department: string;
	staleMembers: StaleMember[];
	latestVersion: number | null;
}

export interface OneThingPreview {
	bundle: OneThingBundle | null;
	conflicts: OneThingConflict[];
	suggestions: SharedFieldSuggestion[];
	/** each member with its pin resolved against what is published now (name, version) */
	members: { code: string; name: string | null; version: number | null }[];
	/** the document's own problems and members that cannot be resolved, located */
	errors: { pointer: string; message: string }[];
}

export type SaveOutcome =
	| { kind: 'saved'; revision: number; status: DisplayStatus }
	| { kind: 'offline' }
	| { kind: 'conflict'; currentRevision: number; author?: string; document?: OneThing }
	| { kind: 'rejected'; message: string };

type Fail = { ok: false; why: string; status: number };

function failed(r: Extract<ApiResult<unknown>, { ok: false }>): Fail {
	return { ok: false, why: problemText(r.problem), status: r.status };
}

export async function openOneThing(code: string): Promise<({ ok: true } & OneThingOpened) | Fail> {
	const r = await api.getOneThing({ params: { code } });
	if (!r.ok) return failed(r);
	const v = r.value;
	return {
		ok: true,
		document: v.document,
		status: v.status,
		revision: v.revision,
		department: v.department,
		staleMembers: v.staleMembers,
		latestVersion: v.latestVersion?.n ?? null
	};
}

export async function saveOneThing(
	code: string,
	baseRevision: number,
	document: OneThing
): Promise<SaveOutcome> {
	const r = await api.saveOneThingDraft({ params: { code }, body: { baseRevision, document } });
	if (r.ok) return { kind: 'saved', revision: r.value.revision, status: r.value.status };
	if (r.status === 0 || r.status >= 500) return { kind: 'offline' };
	const p = r.problem as typeof r.problem & {
		currentRevision?: unknown;
		author?: unknown;
		document?: unknown;
	};
	if (r.status === 409 && typeof p.currentRevision === 'number')
		return {
			kind: 'conflict',
			currentRevision: p.currentRevision,
			author: typeof p.author === 'string' ? p.author : undefined,
			document: (p.document as OneThing | undefined) ?? undefined
		};
	return { kind: 'rejected', message: problemText(r.problem) };
}

export async function previewOneThing(
	code: string,
	document: OneThing
): Promise<({ ok: true } & OneThingPreview) | Fail> {
	const r = await api.previewOneThing({ params: { code }, body: { document } });
	if (!r.ok) return failed(r);
	return {
		ok: true,
		bundle: r.value.bundle,
		conflicts: r.value.conflicts,
		suggestions: r.value.suggestions,
		errors: r.value.errors,
		members: r.value.members
	};
}

export async function submitOneThing(code: string): Promise<{ ok: true } | Fail> {
	const r = await api.submitOneThing({ params: { code } });
	return r.ok ? { ok: true } : failed(r);
}

export async function publishOneThing(code: string): Promise<{ ok: true; n: number } | Fail> {
	const r = await api.publishOneThing({ params: { code }, body: {} });
	return r.ok ? { ok: true, n: r.value.version.n } : failed(r);
}

/** 撤回提交: the pending submission withdrawn; answers the status after (a draft). */
export async function withdrawOneThing(
	code: string
): Promise<{ ok: true; status: DisplayStatus } | Fail> {
	const r = await api.withdrawOneThing({ params: { code } });
	return r.ok ? { ok: true, status: r.value.status } : failed(r);
}
