// The fields a member's condition may test: the shared fields of the merged form (`shared.<key>`),
// entered once for every member. A member's own section is not offered: it is asked only while that
// member applies, so a condition over it would decide the member by its own answers.
import { listFormFields, type FormField } from '../item/fields';
import { SHARED_SECTION } from './merge-fields';
import type { OneThingBundle } from './types';

export function memberConditionFields(
	bundle: Pick<OneThingBundle, 'applicationSchema'> | null | undefined
): FormField[] {
	if (!bundle) return [];
	return listFormFields(bundle.applicationSchema).filter(
		(f) => f.path[0] === SHARED_SECTION && f.path.length > 1 && !f.section && !f.path.includes('*')
	);
}
