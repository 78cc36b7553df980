// JSON equality, on its own so the form can compare values without the condition compiler.
import { isObj } from '../plain-object';

/** JSON equality: numbers by value, objects whatever their key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) || Array.isArray(b)) {
		return (
			Array.isArray(a) &&
			Array.isArray(b) &&
			a.length === b.length &&
			a.every((x, i) => jsonEqual(x, b[i]))
		);
	}
	if (isObj(a) && isObj(b)) {
		const ka = Object.keys(a);
		return (
			ka.length === Object.keys(b).length &&
			ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]))
		);
	}
	return false;
}
