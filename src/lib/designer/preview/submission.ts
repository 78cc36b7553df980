// The submission the acceptance simulator hands to decide(): the preview form's data and the
// materials ticked as handed in, each with a file reference the material accepts.
import { isAsked, type Bundle, type FileRef, type Submission } from '$lib/domain/compile';

export interface SimulatorChoice {
	present: Record<string, boolean>;
	commitment: boolean;
	creditRestricted: boolean;
}

export function fileRefFor(m: Bundle['materials'][number]): FileRef {
	return {
		name: `${m.id}.pdf`,
		mediaType: m.mediaTypes[0] ?? 'application/pdf',
		size: Math.min(1024, m.maxSize),
		sha256: '0'.repeat(64)
	};
}

export function buildSubmission(
	bundle: Bundle,
	formData: unknown,
	choice: SimulatorChoice
): Submission {
	const form =
		formData && typeof formData === 'object' && !Array.isArray(formData)
			? { ...(formData as Record<string, unknown>) }
			: {};
	delete form.materials;
	const materials: Record<string, FileRef> = {};
	// exempt materials are fetched by the department: handing them in is not part of a submission
	for (const m of bundle.materials)
		if (isAsked(m) && choice.present[m.id]) materials[m.id] = fileRefFor(m);
	return {
		form,
		materials,
		commitment: choice.commitment,
		creditRestricted: choice.creditRestricted
	};
}
