// Limits keep validation (and everything downstream: compile, the renderer, the portal) bounded on
// hostile or accidental input. Deployments may tighten or relax them.
export interface Limits {
	/** nesting depth of subschemas in the form schema */
	maxFormDepth: number;
	/** number of fields (sections and arrays included) in the form */
	maxFormFields: number;
	/** size of the whole document serialised as JSON, in characters */
	maxDocumentChars: number;
	/** length of any single string in the document */
	maxStringLength: number;
	/** JSON nesting depth of the whole document */
	maxDocumentDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
	maxFormDepth: 32,
	// each field adds ~2.5 KB to the published validator module (it is checked by three schemas):
	// 2,000 fields make a ~5 MB module that portals still load (issue 12: 4,800 made 16 MB)
	maxFormFields: 2000,
	maxDocumentChars: 5_000_000,
	maxStringLength: 100_000,
	maxDocumentDepth: 256
};
