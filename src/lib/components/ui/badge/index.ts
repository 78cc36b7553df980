export { default as Badge } from './Badge.svelte';
export type { BadgeTone } from './Badge.svelte';
