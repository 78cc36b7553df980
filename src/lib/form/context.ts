// Components of one form find their FormState through Svelte context, never through a global,
// so several forms can live on one page and on the server.
import { getContext, setContext } from 'svelte';
import type { FormState } from './state.svelte';

const KEY = Symbol('banshi-form');

export function setForm(get: () => FormState): void {
	setContext(KEY, get);
}

export function getForm(): FormState {
	return (getContext(KEY) as () => FormState)();
}
