export * from './types';
export { toNational, catalogCodeOf } from './export';
export { fromNational, type ImportResult, type ImportOptions } from './import';
export { nationalMessages } from './messages';
