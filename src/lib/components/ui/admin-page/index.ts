export { default as AdminPage } from './AdminPage.svelte';
export { default as ProblemBox } from './ProblemBox.svelte';
