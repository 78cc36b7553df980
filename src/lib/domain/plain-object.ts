// A JSON object as opposed to an array, null or a scalar: submissions, form data and schema nodes
// arrive as `unknown` and are read only after this check.
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

export const hasOwn = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
