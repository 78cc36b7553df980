// Semantic diff of two versions of an item, portal compatibility of the application schema, and
// deviations of a local implementation from its base catalog item.
export { diffItems, verdictText, type DiffOptions } from './items';
export { diffToMarkdown } from './markdown';
export { DiffError } from './errors';
export * from './types';
export * from './compat';
export {
	deviations,
	classify,
	type Deviation,
	type DeviationClass,
	type DeviationReport,
	type DeviationOptions
} from './deviations';
export { deviationsToMarkdown } from './deviations-markdown';
