// Where a refused merge or split puts its messages on the screen: each located error (a JSON
// pointer into the request, or a conflict naming a code or name) beside the field it names, the
// rest at the top of the panel.
import type { Problem } from '$lib/api/schemas/common';

export interface LineagePlaces {
	/** not tied to one field */
	general: string;
	/** the list of items merged as a whole (/codes) or the list of parts (/parts) */
	items: string;
	/** one item merged, by position (/codes/i) */
	item: string[];
	/** the merge successor's code, name and department */
	code: string;
	name: string;
	department: string;
	/** one part of a split, by position (/parts/i, /parts/i/code, /parts/i/name, /parts/i/materials/j) */
	parts: PartPlaces[];
}

export interface PartPlaces {
	code: string;
	name: string;
	materials: string;
}

const slugOf = (p: Problem) => p.type.split('/').at(-1) ?? '';

/**
 * `successors` are the codes and names asked for, so a conflict that names one ("item exists",
 * "name taken") lands beside it.
 */
export function problemPlaces(
	problem: Problem | null,
	count: number,
	successors: { code: string; name: string }[] = []
): LineagePlaces {
	const places: LineagePlaces = {
		general: '',
		items: '',
		item: Array.from({ length: count }, () => ''),
		code: '',
		name: '',
		department: '',
		parts: successors.map(() => ({ code: '', name: '', materials: '' }))
	};
	if (!problem) return places;
	const detail = problem.detail ?? problem.title;
	const add = (text: string, extra: string) => (text ? `${text} ${extra}` : extra);
	let placed = false;
	const unplaced: string[] = [];
	const slug = slugOf(problem);
	if (slug === 'item-exists' || slug === 'duplicate-name') {
		const field = slug === 'item-exists' ? 'code' : 'name';
		const named = successors
			.map((s, i) => [s[field], i] as const)
			.filter(([v]) => v && detail.includes(v));
		if (successors.length === 0) places[field] = detail;
		for (const [, i] of named) places.parts[i][field] = detail;
		return successors.length === 0 || named.length ? places : { ...places, general: detail };
	}
	for (const e of problem.errors ?? []) {
		const [, top, index, field] = e.pointer.split('/');
		const i = Number(index);
		const message = e.message;
		if (top === 'codes' && index !== undefined && i < count) places.item[i] = message;
		else if (top === 'codes' || top === 'parts') {
			if (top === 'parts' && index !== undefined && i < successors.length) {
				const f = field === 'name' || field === 'materials' ? field : 'code';
				places.parts[i][f] = add(places.parts[i][f], message);
			} else places.items = add(places.items, message);
		} else if (
			(top === 'code' || top === 'name' || top === 'department') &&
			successors.length === 0
		)
			places[top] = add(places[top], message);
		else {
			unplaced.push(message);
			continue;
		}
		placed = true;
	}
	places.general = (placed ? unplaced : [detail, ...unplaced]).join(' ');
	return places;
}
