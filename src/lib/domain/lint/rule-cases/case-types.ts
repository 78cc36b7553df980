// Shapes of the per-rule test cases and helpers to reach into the fixture's form.
import type { Item } from '../../item/types';
import type { LintOptions } from '../types';

export interface Case {
	name: string;
	mutate: (item: Item) => void;
	opts?: LintOptions;
	/** where the finding must point (trigger cases) */
	pointer?: string;
	/** text the Chinese message must contain (trigger cases) */
	says?: string;
}

export interface RuleCases {
	trigger: Case[];
	pass: Case[];
}

export const strict: LintOptions = { profile: 'strict-local' };
export type Props = Record<string, Record<string, unknown>>;
export function formProps(i: Item): Props {
	return i.form.schema.properties as Props;
}
export function fieldAt(i: Item, section: string, name: string): Record<string, unknown> {
	return (formProps(i)[section].properties as Props)[name];
}
export function itemFieldAt(i: Item, array: string, name: string): Record<string, unknown> {
	return ((formProps(i)[array].items as Record<string, unknown>).properties as Props)[name];
}
