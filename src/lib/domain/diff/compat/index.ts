export { compareSchemas } from './compare';
export type { CompareOptions } from './compare';
export { checkPromise, keepsPromise } from './promise';
export type { PromiseCheck, PromiseViolation } from './promise';
export { verdictOf, bumpOf, maxBump } from './verdict';
export type * from './types';
