// Mounts the builder in the test page the way the designer uses it (controlled, with history).
import { flushSync, mount, unmount } from 'svelte';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import Harness from './Harness.svelte';
import { EMPTY, frozen } from './helpers';

export interface Rendered {
	log: { schema: JsonSchema; uiSchema: UiSchema; mergeKey?: string }[];
	/** the latest emitted form */
	last(): { schema: JsonSchema; uiSchema: UiSchema };
	/** give the builder another form, as the designer's undo and redo do */
	set(schema: JsonSchema, uiSchema: UiSchema): void;
	destroy(): void;
}

let mounted: (() => void) | undefined;

export function renderBuilder(
	opts: {
		schema?: JsonSchema;
		uiSchema?: UiSchema;
		locale?: 'zh-CN' | 'en';
		published?: { schema: JsonSchema; uiSchema: UiSchema };
	} = {}
): Rendered {
	mounted?.();
	document.body.innerHTML = '';
	const target = document.createElement('div');
	document.body.append(target);
	const log: Rendered['log'] = [];
	const control: { set?: (schema: JsonSchema, uiSchema: UiSchema) => void } = {};
	// frozen: an operation that changed its input instead of returning a new form would throw
	const app = mount(Harness, {
		target,
		props: {
			schema: frozen(structuredClone(opts.schema ?? EMPTY.schema)),
			uiSchema: frozen(structuredClone(opts.uiSchema ?? EMPTY.uiSchema)),
			locale: opts.locale,
			published: opts.published,
			log,
			control
		}
	});
	flushSync();
	const destroy = () => {
		unmount(app);
		mounted = undefined;
	};
	mounted = destroy;
	return {
		log,
		last: () => {
			const l = log.at(-1);
			if (!l) throw new Error('nothing emitted yet');
			return l;
		},
		set: (schema, uiSchema) => {
			control.set?.(schema, uiSchema);
			flushSync();
		},
		destroy
	};
}
