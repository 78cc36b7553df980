// New and duplicated materials: valid from the start (every required property present) with an id
// not yet taken in the item.
import type { Material } from '$lib/domain/item';

export function freeId(taken: Set<string>, stem = 'material'): string {
	for (let n = 1; ; n++) {
		const id = `${stem}${n}`;
		if (!taken.has(id)) return id;
	}
}

export function newMaterial(taken: Set<string>, name: string): Material {
	return {
		id: freeId(taken),
		name,
		necessity: 'required',
		essential: false,
		kind: 'certificate',
		medium: 'electronic',
		originals: 1,
		copies: 0,
		source: 'applicant',
		sharedExempt: false,
		mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
		maxSize: 10 * 1024 * 1024
	};
}

export function duplicateMaterial(m: Material, taken: Set<string>): Material {
	const stem = m.id.replace(/\d+$/, '') || 'material';
	return { ...structuredClone(m), id: freeId(taken, stem) };
}
