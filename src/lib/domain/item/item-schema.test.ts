import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { ITEM_SCHEMA_ID, itemSchema } from './item-schema';
import type { JsonSchema } from './types';

describe('item meta-schema', () => {
	it('has a stable $id and is a valid 2020-12 schema', () => {
		expect(itemSchema.$id).toBe(ITEM_SCHEMA_ID);
		const ajv = new Ajv2020({ strict: false });
		expect(ajv.validateSchema(itemSchema)).toBe(true);
	});

	it('gives every property a Chinese title and description, and closes every object', () => {
		const missing: string[] = [];
		const stack: { s: JsonSchema; at: string }[] = [{ s: itemSchema, at: '' }];
		while (stack.length) {
			const { s, at } = stack.pop()!;
			if (at && (!/[\u4e00-\u9fff]/.test(String(s.title)) || !s.description)) missing.push(at);
			if (s.type === 'object' && s.properties && s.additionalProperties !== false)
				missing.push(at + ' (open)');
			for (const [k, v] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {}))
				stack.push({ s: v, at: `${at}/${k}` });
			if (s.items) stack.push({ s: s.items as JsonSchema, at: `${at}/*` });
		}
		expect(missing).toEqual([]);
	});

	it('describes every enum value', () => {
		const stack: JsonSchema[] = [itemSchema];
		let enums = 0;
		while (stack.length) {
			const s = stack.pop()!;
			if (Array.isArray(s.enum)) {
				enums++;
				expect((s.markdownEnumDescriptions as string[]).length).toBe(s.enum.length);
			}
			stack.push(...Object.values((s.properties as Record<string, JsonSchema>) ?? {}));
			if (s.items) stack.push(s.items as JsonSchema);
		}
		expect(enums).toBeGreaterThan(10);
	});
});
