// The Chinese formats as one dependency-free ES module for portals (served at
// /api/v1/portal/interop/cn-formats.v1.js). The checks are the domain's own, bundled at build
// time: a portal verifies check characters and region codes exactly as the designer, the acceptance
// core and our form do. `version` is the module's interface; it changes only when an export does.
import { CN_FORMATS, formatError as explain } from '../lib/domain/formats/registry';
import { regionDataInfo, regionName } from '../lib/domain/formats/regions';
import type { CnFormat } from '../lib/domain/formats/types';
import { formatMessages } from '../lib/domain/formats/messages';
import { dropEchoes } from '../lib/domain/validation/echoes';

export const version = 1;

type Check = (value: string) => boolean;

const NAMES = Object.keys(CN_FORMATS) as CnFormat[];
const table = <T>(pick: (format: CnFormat) => T) =>
	Object.fromEntries(NAMES.map((f) => [f, pick(f)])) as Record<CnFormat, T>;

/**
 * Name → check of the value exactly as written (no trimming, upper-case X): rjsf's
 * `customizeValidator({ customFormats: formats })` and `ajv.addFormat(name, check)` take it as is.
 */
export const formats: Record<CnFormat, Check> = table((f) => CN_FORMATS[f].validate);

/** The structural patterns the published schemas already carry beside each format. */
export const patterns: Record<CnFormat, string> = table((f) => CN_FORMATS[f].pattern);

export const titles: Record<CnFormat, { zh: string; en: string }> = table((f) => ({
	zh: formatMessages['zh-CN'][`formats.title.${f}`],
	en: formatMessages.en[`formats.title.${f}`]
}));

/** Registers the five formats on an Ajv instance (strings only, as every format); returns it. */
export function addFormats<
	A extends { addFormat(name: string, format: { type: 'string'; validate: Check }): unknown }
>(ajv: A): A {
	for (const f of NAMES) ajv.addFormat(f, { type: 'string', validate: formats[f] });
	return ajv;
}

/**
 * Why `value` fails `format`, for people (`zh-CN` unless `locale` is `en`): "校验码应为 X，请核对号码".
 * Undefined when it passes or the format is not one of ours.
 */
export function formatError(
	format: string,
	value: string,
	locale: 'zh-CN' | 'en' = 'zh-CN'
): string | undefined {
	if (!Object.hasOwn(CN_FORMATS, format) || typeof value !== 'string') return undefined;
	return explain(format as CnFormat, value, { locale });
}

interface AjvErrorLike {
	keyword: string;
	instancePath?: string;
	params: { format?: unknown };
	/** present when Ajv runs with `verbose: true`, as rjsf's validator does */
	data?: unknown;
	message?: string;
}

/**
 * An rjsf localizer (`customizeValidator(options, localizer(localizeZh))`) that runs `base` (e.g.
 * ajv-i18n's) and then says why a value fails one of our formats: "校验码应为 X，请核对号码"
 * instead of "应当匹配格式 cn-id-card".
 */
export function localizer<E extends AjvErrorLike>(
	base?: (errors?: E[] | null) => void,
	locale: 'zh-CN' | 'en' = 'zh-CN'
): (errors?: E[] | null) => void {
	return (errors) => {
		// a conditional field's own error is enough; its "not evaluated" echo is dropped
		dropEchoes(errors);
		base?.(errors);
		for (const e of errors ?? []) {
			if (e.keyword !== 'format' || typeof e.data !== 'string') continue;
			e.message = formatError(String(e.params.format), e.data, locale) ?? e.message;
		}
	};
}

/** The region table cn-region checks against: where it comes from and how current it is. */
export const regions: { source: string; asOf: string; count: number } = regionDataInfo();

/** The name of a GB/T 2260 region code (province, city or county), for display beside the code. */
export { regionName };
