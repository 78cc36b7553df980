// Both item documents and published bundles can be diffed; they share the guide, materials and
// tolerance, and differ in where the form lives. A view hides that difference.
import type { Bundle } from '../compile/types';
import { CompileError, compileItem } from '../compile';
import { buildApplicationSchema, preparedForm } from '../compile/application';
import type {
	ApplicantType,
	BaseRef,
	CaseType,
	CompatibilityPromise,
	Department,
	Guide,
	Item,
	ItemKind,
	JsonSchema,
	Level,
	Material,
	RefusalCondition,
	RiskClass,
	Tolerance
} from '../item/types';
import { translator, type Locale } from '../i18n';
import { DiffError } from './errors';
import { diffReportMessages as messages } from './messages/report';

const NO_TOLERANCE: Tolerance = {
	enabled: false,
	maxMissing: 0,
	commitmentText: '',
	supplementDays: 0,
	consequence: ''
};

export interface ItemView {
	source: 'item' | 'bundle';
	code: string;
	name: string;
	kind: ItemKind;
	department: Department;
	levels: Level[];
	applicantTypes: ApplicantType[];
	caseType: CaseType;
	riskClass: RiskClass;
	base?: BaseRef;
	compatibility?: CompatibilityPromise;
	guide: Guide;
	materials: Material[];
	tolerance: Tolerance;
	/** machine-checkable 不予受理情形 (absent in documents and bundles from before them) */
	refusals?: RefusalCondition[];
	/** the form part only (no materials) */
	formSchema: JsonSchema;
	/** pointer prefix of formSchema inside the input document */
	formPointer: string;
	/** compiled lazily: compiling costs more than the rest of the diff */
	applicationSchema: () => JsonSchema;
	/** set once applicationSchema() had to fall back to the authored form alone */
	formOnly?: boolean;
}

const isObj = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

export function isItem(x: unknown): x is Item {
	return (
		isObj(x) &&
		typeof x.code === 'string' &&
		isObj(x.guide) &&
		Array.isArray(x.materials) &&
		isObj(x.tolerance) &&
		isObj(x.form) &&
		isObj((x.form as Record<string, unknown>).schema)
	);
}

export function isBundle(x: unknown): x is Bundle {
	return (
		isObj(x) &&
		x.bundleFormat !== undefined &&
		typeof x.code === 'string' &&
		isObj(x.guide) &&
		Array.isArray(x.materials) &&
		isObj(x.applicationSchema)
	);
}

function withoutMaterials(schema: JsonSchema): JsonSchema {
	const props = isObj(schema.properties) ? { ...schema.properties } : {};
	delete props.materials;
	return { ...schema, properties: props };
}

export function viewOf(
	doc: unknown,
	side: 'old' | 'new',
	warnings: string[],
	locale?: Locale
): ItemView {
	if (isBundle(doc)) {
		return {
			...pick(doc),
			source: 'bundle',
			materials: doc.materials as Material[],
			tolerance: doc.tolerance ?? NO_TOLERANCE,
			refusals: doc.refusals,
			formSchema: withoutMaterials(doc.applicationSchema),
			formPointer: '/applicationSchema',
			applicationSchema: () => doc.applicationSchema
		};
	}
	if (isItem(doc)) {
		let compiled: JsonSchema | undefined;
		const view: ItemView = {
			...pick(doc),
			source: 'item',
			compatibility: doc.compatibility,
			materials: doc.materials,
			tolerance: doc.tolerance,
			refusals: doc.refusals,
			formSchema: doc.form.schema,
			formPointer: '/form/schema',
			applicationSchema: () => {
				if (compiled) return compiled;
				try {
					compiled = compileItem(doc, { locale }).applicationSchema;
				} catch (e) {
					if (!(e instanceof CompileError)) throw e;
					// A draft that cannot be published still has a form worth comparing; the portal
					// schema is then built from its parts and the reviewer is told.
					warnings.push(
						translator(messages, locale)(`diff.input.uncompiled.${side}`, { reason: e.message })
					);
					try {
						compiled = buildApplicationSchema(doc, preparedForm(doc));
					} catch {
						// too broken to build upload slots: compare the authored form alone
						compiled = doc.form.schema;
						view.formOnly = true;
					}
				}
				return compiled;
			}
		};
		return view;
	}
	throw new DiffError('not-an-item', translator(messages, locale)(`diff.input.notItem.${side}`));
}

function pick(doc: Item | Bundle) {
	return {
		code: doc.code,
		name: doc.name,
		kind: doc.kind,
		department: doc.department,
		levels: doc.levels ?? [],
		applicantTypes: doc.applicantTypes ?? [],
		caseType: doc.caseType,
		riskClass: doc.riskClass,
		base: doc.base,
		guide: doc.guide
	};
}
