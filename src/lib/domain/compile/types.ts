// The published bundle: what compile() produces from an item and what portals consume.
import type {
	ApplicantType,
	BaseRef,
	CaseType,
	Department,
	Guide,
	ItemKind,
	JsonSchema,
	Level,
	Material,
	RefusalCondition,
	RiskClass,
	Tolerance,
	UiSchema
} from '../item/types';

export const BUNDLE_FORMAT = 1 as const;

/** A material as published (display data; the schemas decide acceptance). */
export type BundleMaterial = Omit<Material, 'condition'> & { condition?: JsonSchema };

export interface Bundle {
	bundleFormat: typeof BUNDLE_FORMAT;
	code: string;
	name: string;
	kind: ItemKind;
	department: Department;
	levels: Level[];
	applicantTypes: ApplicantType[];
	caseType: CaseType;
	riskClass: RiskClass;
	base?: BaseRef;
	/** form data + `materials` object; closed with unevaluatedProperties: false */
	applicationSchema: JsonSchema;
	uiSchema: UiSchema;
	acceptance: {
		/** everything needed is present */
		complete: JsonSchema;
		/**
		 * only tolerable materials missing (≤ maxMissing), commitment signed, not credit-restricted;
		 * `false` (the schema nothing satisfies) when tolerance is not in force
		 */
		tolerant: JsonSchema | false;
		/**
		 * valid when one of the item's machine-checkable 不予受理情形 holds (`$defs/refusal-<i>`, index
		 * into `refusals`); absent when the item declares none (and in bundles published before it)
		 */
		refusal?: JsonSchema;
	};
	/** the item's machine-checkable 不予受理情形, as authored; absent when there are none */
	refusals?: RefusalCondition[];
	/** the guide normalised for display */
	guide: Guide;
	materials: BundleMaterial[];
	/** tolerance as in force after the deployment's risk policy was applied */
	tolerance: Tolerance & { allowed: boolean; tolerableIds: string[] };
	/** sha256 (hex) of the bundle serialised without this field */
	hash: string;
}

/** A file reference in a submission (the file itself is not part of the decision). */
export interface FileRef {
	name: string;
	mediaType: string;
	size: number;
	sha256: string;
}

export interface Submission {
	form: Record<string, unknown>;
	materials: Record<string, FileRef>;
	commitment: boolean;
	creditRestricted?: boolean;
}
