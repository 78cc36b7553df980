export { default as Table } from './Table.svelte';
export { default as TableHead } from './TableHead.svelte';
