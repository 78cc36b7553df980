// From the form's data to the submission the acceptance core judges, and the file an applicant
// keeps. The application schema carries the uploads under `materials`; a submission keeps them
// beside the form data, as decide() and the window software expect.
import type { Decision } from '$lib/domain/acceptance/types';
import type { Bundle, FileRef, Submission } from '$lib/domain/compile/types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function toSubmission(data: unknown, commitment: boolean): Submission {
	const all: Obj = isObj(data) ? { ...data } : {};
	const materials = isObj(all.materials) ? (all.materials as Record<string, FileRef>) : {};
	delete all.materials;
	return { form: all, materials: { ...materials }, commitment };
}

export interface SubmissionRecord {
	item: { code: string; name: string; version?: number; hash: string };
	date: string;
	submission: Submission;
	decision: Decision;
}

export function submissionRecord(
	bundle: Bundle,
	version: number | undefined,
	date: string,
	submission: Submission,
	decision: Decision
): SubmissionRecord {
	return {
		item: { code: bundle.code, name: bundle.name, version, hash: bundle.hash },
		date,
		submission,
		decision
	};
}
