export * from './types';
export * from './articles';
export * from './match';
export * from './change';
export * from './text';
