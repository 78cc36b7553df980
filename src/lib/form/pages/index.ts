// The parts of a multi-page form (`ui:pages`), loaded only by a form that has pages. They take
// the form as a prop and use no shared component: what this chunk imports from the form's own
// chunks would otherwise split those chunks, and the widget's first download would grow.
export { default as Steps } from './Steps.svelte';
export { default as Review } from './Review.svelte';
export * from './pager';
