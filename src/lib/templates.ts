// The starter item definitions in templates/, bundled into the app so the designer can offer them
// without a server and the server can seed them as demo content.
import type { Item } from '$lib/domain/item/types';

const files = import.meta.glob<Item>('/templates/*.json', { eager: true, import: 'default' });

export interface TemplateEntry {
	slug: string;
	item: Item;
}

export const TEMPLATES: TemplateEntry[] = Object.entries(files)
	.map(([path, item]) => ({ slug: path.replace(/^.*\/([^/]+)\.json$/, '$1'), item }))
	.sort((a, b) => a.slug.localeCompare(b.slug));

export function templateBySlug(slug: string): Item | undefined {
	return TEMPLATES.find((t) => t.slug === slug)?.item;
}
