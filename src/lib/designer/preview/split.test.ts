import { describe, expect, it } from 'vitest';
import { splitForm } from './split';

const schema = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	type: 'object',
	properties: {
		applicant: { type: 'object', title: '申请人', properties: { name: { type: 'string' } } },
		hasAgent: { type: 'boolean', title: '委托' },
		agent: { type: 'object', title: '代理人', properties: { name: { type: 'string' } } },
		note: { type: 'string', title: '备注' }
	},
	required: ['applicant', 'hasAgent'],
	allOf: [
		{
			if: { properties: { hasAgent: { const: true } }, required: ['hasAgent'] },
			then: { required: ['agent'] }
		}
	]
};
const ui = {
	'ui:order': ['applicant', 'hasAgent', 'agent', 'note'],
	note: { 'ui:widget': 'textarea' }
};

describe('live preview parts', () => {
	it('keeps fields linked by a condition together and the others apart, in form order', () => {
		const parts = splitForm(schema, ui);
		expect(parts.map((p) => p.key)).toEqual(['applicant', 'hasAgent|agent', 'note']);
		const linked = parts[1].schema;
		expect(linked.required).toEqual(['hasAgent']);
		expect(linked.allOf).toEqual(schema.allOf);
		expect(parts[2].uiSchema).toMatchObject({ note: { 'ui:widget': 'textarea' } });
		expect(parts[0].schema.$schema).toBe(schema.$schema);
	});

	it('reuses unchanged parts so only the edited one is rendered again', () => {
		const first = splitForm(schema, ui);
		const edited = structuredClone(schema);
		edited.properties.note.title = '说明';
		const second = splitForm(edited, ui, first);
		expect(second[0]).toBe(first[0]);
		expect(second[1]).toBe(first[1]);
		expect(second[2]).not.toBe(first[2]);
		expect((second[2].schema.properties as Record<string, { title: string }>).note.title).toBe(
			'说明'
		);
	});
});
