// The parts of a multi-page form (`ui:pages`), loaded only by a form that has pages.
export { default as Steps } from './Steps.svelte';
export { default as PageNav } from './PageNav.svelte';
export { default as Review } from './Review.svelte';
export * from './pager';
