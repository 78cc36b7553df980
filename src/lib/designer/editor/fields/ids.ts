// Element ids derived from JSON pointers, so labels, problems (aria-describedby) and jump-to-field
// all find the same input.
export function fieldId(pointer: string): string {
	return 'fld' + (pointer.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '__' : '_')) || '_root');
}

export function issuesId(pointer: string): string {
	return fieldId(pointer) + '-issues';
}
