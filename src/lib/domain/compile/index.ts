export { compileItem, type CompileOptions } from './compile';
export { CompileError } from './errors';
export { bundleHash, serializeBundle } from './serialize';
export {
	isAsked,
	isNeeded,
	isTolerable,
	toleranceInForce,
	type ToleranceInForce
} from './materials';
export { conditionDefName, refusalDefName } from './acceptance-schemas';
export { schemaId } from './application';
export * from './types';
export { guidePart, GUIDE_PART_KEYS, type GuideBundle } from './guide-part';
