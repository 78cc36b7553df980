// A relative import in src/lib/domain must resolve inside src/lib/domain. no-restricted-imports sees
// only the import's text, and `../i18n` or `../form` are domain modules from one file and the UI's
// from another; this rule resolves the path against the importing file to tell them apart.
import { dirname, relative, resolve, sep } from 'node:path';

const DOMAIN = resolve('src/lib/domain');

/** @type {import('eslint').Rule.RuleModule} */
export default {
	meta: {
		type: 'problem',
		docs: { description: 'relative imports from the domain core stay inside it' },
		messages: {
			outside:
				"'{{source}}' is {{target}}, outside the domain core: the domain is pure TypeScript and the layers above import it, not the reverse (src/lib/domain/README.md)."
		},
		schema: []
	},
	create(context) {
		const dir = dirname(resolve(context.filename));
		/** @param {import('estree').Node & { source?: import('estree').Literal | null }} node */
		function check(node) {
			const source = node.source?.value;
			if (typeof source !== 'string' || !source.startsWith('.')) return;
			const target = resolve(dir, source);
			if (target === DOMAIN || target.startsWith(DOMAIN + sep)) return;
			context.report({
				node: node.source ?? node,
				messageId: 'outside',
				data: { source, target: relative(process.cwd(), target) || '.' }
			});
		}
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check
		};
	}
};
