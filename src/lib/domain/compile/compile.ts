// compileItem: item document → published bundle. Pure and deterministic: the same item (whatever its
// key order) gives the same bytes and hash, so republishing an unchanged item is a no-op.
import type { Item, JsonSchema, Problem } from '../item/types';
import { DEFAULT_POLICY, type TolerancePolicy } from '../item/policy';
import { validateItem } from '../item/validate';
import { translator, type Locale } from '../i18n';
import { pointer } from '../pointer';
import { buildAcceptanceSchemas, buildRefusalSchema } from './acceptance-schemas';
import { buildApplicationSchema, buildUiSchema, preparedForm } from './application';
import { bundleMaterial, normaliseGuide } from './display';
import { CompileError } from './errors';
import { compileMessages } from './messages';
import { toleranceInForce } from './materials';
import { sortedData } from './schema-walk';
import { bundleHash } from './serialize';
import { BUNDLE_FORMAT, type Bundle } from './types';

export interface CompileOptions {
	/** the deployment's tolerance policy per risk class */
	policy?: TolerancePolicy;
	locale?: Locale;
	/** YYYY-MM-DD passed to validation (repealed legal bases); defaults to today in China */
	today?: string;
}

/** Rules of the published shape that the item meta-schema does not express. */
function publishProblems(item: Item, locale: Locale | undefined): Problem[] {
	const t = translator(compileMessages, locale);
	const problems: Problem[] = [];
	const props = item.form.schema.properties as JsonSchema | undefined;
	if (props && Object.prototype.hasOwnProperty.call(props, 'materials')) {
		problems.push({
			pointer: pointer('form', 'schema', 'properties', 'materials'),
			code: 'reserved-field',
			message: t('compile.reservedField')
		});
	}
	item.materials.forEach((m, i) => {
		if (m.essential && m.necessity === 'tolerable') {
			problems.push({
				pointer: pointer('materials', i, 'necessity'),
				code: 'essential-tolerable',
				message: t('compile.essentialTolerable')
			});
		}
	});
	return problems;
}

export function compileItem(item: Item, opts: CompileOptions = {}): Bundle {
	const { locale } = opts;
	const checked = validateItem(item, { locale, today: opts.today });
	if (!checked.ok) throw new CompileError(checked.problems, locale);
	const own = publishProblems(item, locale);
	if (own.length) throw new CompileError(own, locale);

	const tolerance = toleranceInForce(item, opts.policy ?? DEFAULT_POLICY);
	const form = preparedForm(item);
	const acceptance = buildAcceptanceSchemas(item, form, tolerance);
	const refusal = buildRefusalSchema(item);

	// keys in the order of the Bundle type; optional ones only when present
	const bundle: Omit<Bundle, 'hash'> = {
		bundleFormat: BUNDLE_FORMAT,
		code: item.code.trim(),
		name: item.name.trim(),
		kind: item.kind,
		department: sortedData(item.department) as Bundle['department'],
		levels: [...item.levels],
		applicantTypes: [...item.applicantTypes],
		caseType: item.caseType,
		riskClass: item.riskClass,
		...(item.base ? { base: { code: item.base.code, version: item.base.version } } : {}),
		applicationSchema: buildApplicationSchema(item, form),
		uiSchema: buildUiSchema(item, tolerance.tolerableIds),
		acceptance: {
			complete: acceptance.complete,
			tolerant: acceptance.tolerant as JsonSchema | false,
			...(refusal ? { refusal } : {})
		},
		...(item.refusals?.length
			? {
					refusals: item.refusals.map((r) => ({
						id: r.id,
						text: r.text.trim(),
						condition: sortedData(r.condition) as JsonSchema
					}))
				}
			: {}),
		guide: normaliseGuide(item.guide),
		materials: item.materials.map(bundleMaterial),
		tolerance: {
			enabled: tolerance.enabled,
			maxMissing: tolerance.maxMissing,
			commitmentText: tolerance.commitmentText,
			supplementDays: tolerance.supplementDays,
			consequence: tolerance.consequence,
			allowed: tolerance.allowed,
			tolerableIds: tolerance.tolerableIds
		}
	};
	return { ...bundle, hash: bundleHash(bundle) };
}
