// Parts of a stored bundle served as resources of their own. Derived from the stored bytes, so they
// are as immutable as the version itself.
import type { Bundle } from '../../domain/compile/types';

export function applicationSchemaText(bundleText: string): string {
	const bundle = JSON.parse(bundleText) as Bundle;
	return JSON.stringify(bundle.applicationSchema);
}
