export { default as VisuallyHidden } from './VisuallyHidden.svelte';
