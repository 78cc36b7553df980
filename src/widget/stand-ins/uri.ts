// Stands in for fast-uri in the widget build (vite.widget.config.ts). @rjsf/utils uses it only to
// resolve a `$ref` against a schema's `$id` and to compare two URIs; our schemas' `$id`s are https
// URLs and their `$ref`s fragments, which the browser's own URL parser resolves the same way
// (RFC 3986), so the widget need not carry a second URI library (about 8 KB gzip).
function absolute(ref: string, base?: string): string {
	try {
		return new URL(ref, base).href;
	} catch {
		return ref;
	}
}

function resolve(base: string, ref: string): string {
	return absolute(ref, base);
}

function equal(a: string, b: string): boolean {
	return absolute(a) === absolute(b);
}

export default { resolve, equal };
export { resolve, equal };
