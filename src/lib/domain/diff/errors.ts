/** Thrown for inputs that cannot be diffed: not an item, or two different items. */
export class DiffError extends Error {
	readonly code: 'not-an-item' | 'different-items' | 'base-mismatch';
	constructor(code: DiffError['code'], message: string) {
		super(message);
		this.name = 'DiffError';
		this.code = code;
	}
}
