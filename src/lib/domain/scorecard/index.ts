export { scorecard, figuresOf, type ScorecardData } from './scorecard';
export { MAX_MONTHS, defaultFrom, monthsOf } from './period';
export { departmentRows, monthRows, percent } from './table';
export { scorecardMessages, scorecardTranslator, type ScorecardKey } from './messages';
export * from './types';
