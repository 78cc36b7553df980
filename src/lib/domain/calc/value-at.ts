// Reading a dotted key of the form data, on its own so that what only reads values (the form's
// cross-field rules) does not carry the calculation library and its holiday calendar.
import { isObj } from '../plain-object';

/** The value at a dotted key of the form data. */
export function valueAt(data: unknown, key: string): unknown {
	let cur = data;
	for (const k of key.split('.')) {
		if (!isObj(cur) || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
		cur = cur[k];
	}
	return cur;
}
