export { default as FilterBar } from './FilterBar.svelte';
export { default as FilterField } from './FilterField.svelte';
