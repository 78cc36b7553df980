// The starter items under templates/ (read from disk so the server, the CLI and the tests share one
// source; the designer bundles the same files through src/lib/templates.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEMPLATE_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function templatesDir(): string {
	return process.env.BANSHI_TEMPLATES_DIR ?? 'templates';
}

export function listTemplateSlugs(dir = templatesDir()): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.slice(0, -'.json'.length))
		.filter((slug) => TEMPLATE_SLUG.test(slug))
		.sort();
}

/** The template document, or undefined for an unknown slug (never a path outside the folder). */
export function readTemplate(slug: string, dir = templatesDir()): unknown {
	if (!TEMPLATE_SLUG.test(slug)) return undefined;
	const file = join(dir, `${slug}.json`);
	if (!existsSync(file)) return undefined;
	return JSON.parse(readFileSync(file, 'utf8'));
}

/** Starter one-things (一件事) live in templates/onething (their member items beside them). */
export function oneThingTemplatesDir(): string {
	return join(templatesDir(), 'onething');
}

export function listOneThingTemplates(): string[] {
	return listTemplateSlugs(oneThingTemplatesDir());
}

export function readOneThingTemplate(slug: string): unknown {
	return readTemplate(slug, oneThingTemplatesDir());
}
