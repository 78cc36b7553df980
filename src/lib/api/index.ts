// The contract between the studio's clients and /api/v1: declarations, types, checks and client.
export * from './enums';
export * from './schemas/common';
export * from './schemas/accounts';
export * from './schemas/items';
export * from './schemas/onethings';
export * from './schemas/admin';
export * from './schemas/settings';
export * from './schemas/portal';
export * from './schemas/scorecard';
export * from './schemas/imports';
export {
	endpoints,
	findEndpoint,
	pathOf,
	API_BASE,
	type Endpoint,
	type EndpointName
} from './endpoints';
export { RequestError, PROBLEM_BASE } from './problem';
