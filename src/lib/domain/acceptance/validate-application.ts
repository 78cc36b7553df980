// Form validation against the published application schema, with messages in the applicant's language.
import type { Bundle } from '../compile/types';
import type { Locale } from '../i18n';
import type { Problem } from '../item/types';
import { toProblems } from './problems';
import { validatorsFor } from './validators';

export interface ApplicationValidation {
	valid: boolean;
	errors: Problem[];
}

/** Validate form data (optionally with its `materials`) as a portal does, with our formats. */
export function validateApplication(
	bundle: Bundle,
	formData: unknown,
	opts: { locale?: Locale } = {}
): ApplicationValidation {
	const { application } = validatorsFor(bundle);
	if (application(formData)) return { valid: true, errors: [] };
	const errors = toProblems(application.errors, bundle.applicationSchema, {
		locale: opts.locale,
		data: formData
	});
	return { valid: false, errors };
}
