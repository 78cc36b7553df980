// One place that decides how Ajv is configured, so runtime, standalone and tests agree.
import { Ajv2020 } from 'ajv/dist/2020';
import type { Options } from 'ajv';
import addFormats from 'ajv-formats';
import { addChineseFormats } from '../formats';

/** allErrors: a form shows every problem at once; strict off: published schemas carry annotations. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: false };

export function createAjv(extra: Options = {}): Ajv2020 {
	const ajv = new Ajv2020({ ...AJV_OPTIONS, ...extra });
	addFormats(ajv);
	addChineseFormats(ajv);
	return ajv;
}
