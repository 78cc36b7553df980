// `$ref` policy for schemas inside an item (the form and material conditions): only references into
// the same document. Remote and file references would make a published bundle depend on something
// outside it (and let a document make the server fetch URLs), so they are refused. A reference cycle
// that never descends into the data (A → B → A, or `{"$ref": "#"}` at the root) would recurse forever
// when validating, so it is reported here instead of hanging a portal later.
import { translator, type Locale } from '../i18n';
import { parsePointer, pointer } from '../pointer';
import { itemMessages as messages } from './messages';
import { childSchemas, isSchemaObject, walkSchema } from './schema-walk';
import type { Problem } from './types';

interface Edge {
	to: string;
	/** the $ref this edge comes from, as a pointer relative to the schema root */
	refAt?: string;
}

function resolveLocal(
	root: unknown,
	ref: string,
	anchors: Map<string, string>
): string | undefined {
	const frag = ref.slice(1);
	if (frag === '') return '';
	if (!frag.startsWith('/')) return anchors.get(frag);
	let tokens: string[];
	try {
		tokens = parsePointer(decodeURIComponent(frag));
	} catch {
		return undefined;
	}
	let cur: unknown = root;
	for (const t of tokens) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string, unknown>)[t];
	}
	if (!isSchemaObject(cur) && typeof cur !== 'boolean') return undefined;
	return pointer(...tokens);
}

/**
 * Check every `$ref`/`$dynamicRef` in `root`; problems are located under `base` (e.g. '/form/schema').
 * Returns the problems; an empty list means every reference is local, resolvable and terminating.
 */
export function checkRefs(root: unknown, base: string, locale?: Locale, maxDepth = 64): Problem[] {
	const t = translator(messages, locale);
	const problems: Problem[] = [];
	const nodes = new Map<string, Record<string, unknown>>();
	const anchors = new Map<string, string>();
	const refs: { at: string; ref: string; from: string }[] = [];

	walkSchema(
		root,
		({ node, tokens }) => {
			const here = pointer(...tokens);
			nodes.set(here, node);
			if (typeof node.$anchor === 'string') anchors.set(node.$anchor, here);
			if (typeof node.$dynamicAnchor === 'string') anchors.set(node.$dynamicAnchor, here);
			if (tokens.length > 0 && '$id' in node) {
				problems.push({
					pointer: base + here + '/$id',
					code: 'nested-id',
					message: t('item.ref.nestedId')
				});
			}
			for (const kw of ['$ref', '$dynamicRef']) {
				if (!(kw in node)) continue;
				const ref = node[kw];
				const at = here + '/' + kw;
				if (typeof ref !== 'string') {
					problems.push({
						pointer: base + at,
						code: 'ref-type',
						message: t('item.ref.notString', { keyword: kw })
					});
				} else if (!ref.startsWith('#')) {
					problems.push({
						pointer: base + at,
						code: 'remote-ref',
						message: t('item.ref.remote', { ref })
					});
				} else {
					refs.push({ at, ref, from: here });
				}
			}
		},
		{ maxDepth }
	);

	const edges = new Map<string, Edge[]>();
	const addEdge = (from: string, e: Edge) => {
		const list = edges.get(from);
		if (list) list.push(e);
		else edges.set(from, [e]);
	};
	for (const [here, node] of nodes) {
		for (const c of childSchemas(node)) {
			if (c.inPlace) addEdge(here, { to: here + pointer(...c.tokens) });
		}
	}
	for (const r of refs) {
		const target = resolveLocal(root, r.ref, anchors);
		if (target === undefined) {
			problems.push({
				pointer: base + r.at,
				code: 'ref-target',
				message: t('item.ref.missingTarget', { ref: r.ref })
			});
			continue;
		}
		addEdge(r.from, { to: target, refAt: r.at });
	}

	problems.push(...findCycles(edges, base, locale));
	return problems;
}

/** Cycles in the same-instance graph, each reported once at one of its $refs. Iterative DFS. */
function findCycles(edges: Map<string, Edge[]>, base: string, locale?: Locale): Problem[] {
	const t = translator(messages, locale);
	const problems: Problem[] = [];
	const done = new Set<string>();
	const reported = new Set<string>();
	for (const start of edges.keys()) {
		if (done.has(start)) continue;
		const path: { key: string; idx: number; via?: Edge }[] = [{ key: start, idx: 0 }];
		const onPath = new Map<string, number>([[start, 0]]);
		while (path.length) {
			const frame = path[path.length - 1];
			const out = edges.get(frame.key) ?? [];
			if (frame.idx >= out.length) {
				path.pop();
				onPath.delete(frame.key);
				done.add(frame.key);
				continue;
			}
			const e = out[frame.idx++];
			if (done.has(e.to)) continue;
			const back = onPath.get(e.to);
			if (back !== undefined) {
				// nodes[k] → nodes[k + 1] along edges[k]; start the story at a $ref
				const nodes = [...path.slice(back).map((f) => f.key), e.to];
				const cycleEdges = [...path.slice(back + 1).map((f) => f.via!), e];
				const id = [...new Set(nodes)].sort().join('|');
				// the same cycle is found from any of its nodes: report it at its first $ref in pointer order
				let start = -1;
				cycleEdges.forEach((c, k) => {
					if (c.refAt && (start < 0 || c.refAt < cycleEdges[start].refAt!)) start = k;
				});
				if (start >= 0 && !reported.has(id)) {
					reported.add(id);
					const loop = nodes.slice(0, -1);
					const rotated = [...loop.slice(start), ...loop.slice(0, start)];
					const shown = [...rotated, rotated[0]].map((k) => '#' + k).join(' → ');
					problems.push({
						pointer: base + cycleEdges[start].refAt,
						code: 'ref-cycle',
						message: t('item.ref.cycle', { cycle: shown })
					});
				}
				continue;
			}
			onPath.set(e.to, path.length);
			path.push({ key: e.to, idx: 0, via: e });
		}
	}
	return problems;
}
