export { decide, type DecideOptions } from './decide';
export { toProblems, type ProblemOptions } from './problems';
export { validateApplication, type ApplicationValidation } from './validate-application';
export {
	validatorsFor,
	type BundleValidators,
	type DecisionValidators,
	type SchemaCheck
} from './validators';
export * from './types';
