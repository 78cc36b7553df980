// Server/build-time generation of a precompiled validator: ESM source that a portal bundles so it
// validates under a Content-Security-Policy without 'unsafe-eval'. Load the result and wrap it with
// precompiledValidator(module.validate, locale).
import standaloneCode from 'ajv/dist/standalone';
import type { JsonSchema } from '$lib/domain/item/types';
import { createAjv } from '$lib/domain/validation/ajv';

export interface StandaloneOptions {
	/** import specifier of ./formats.ts as seen from where the generated file will live */
	formatsModule?: string;
}

/**
 * ajv writes `require("x")` for its runtime helpers even in ESM mode, and bundlers and Node
 * disagree on what a default import of a CommonJS module is. Each require becomes a namespace
 * import unwrapped the same way everywhere.
 */
function requiresToImports(code: string): string {
	const specifiers: string[] = [];
	const body = code.replace(/require\("([^"]+)"\)/g, (_m, raw: string) => {
		// Deep imports into packages without an exports map need the extension under Node ESM.
		const spec = JSON.stringify(/^ajv\/dist\/.*\/[\w-]+$/.test(raw) ? `${raw}.js` : raw);
		let i = specifiers.indexOf(spec);
		if (i < 0) i = specifiers.push(spec) - 1;
		return `__req${i}`;
	});
	if (!specifiers.length) return body;
	const header = [
		'const __cjs = (ns) => { const d = ns.default; return d && typeof d === "object" && "__esModule" in d ? d : ns; };',
		...specifiers.map(
			(s, i) => `import * as __ns${i} from ${s};\nconst __req${i} = __cjs(__ns${i});`
		)
	].join('\n');
	return body.replace(/^"use strict";/, `"use strict";\n${header}\n`);
}

export function standaloneModule(schema: JsonSchema, opts: StandaloneOptions = {}): string {
	const module = opts.formatsModule ?? '$lib/form/validator/formats';
	const ajv = createAjv('standalone', { formats: { module }, esm: true });
	const validate = ajv.compile(schema);
	return requiresToImports(standaloneCode(ajv, validate));
}
