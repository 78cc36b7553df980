// Public API of calculated fields: the library, reading `ui:calc`, computing and checking values.
export * from './types';
export { ageOn, computeCalc, valueAt, type CalcContext } from './library';
export {
	calcFields,
	calcProblems,
	calcSources,
	checkCalcs,
	computeAll,
	readCalc,
	type CalcField
} from './fields';
export { calcMessages } from './messages';
