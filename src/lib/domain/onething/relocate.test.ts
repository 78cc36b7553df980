import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { mapPath, relocate, RelocateError, type PathMap } from './relocate';

const map: PathMap = {
	shared: new Map([[['applicant', 'region'].join('\u0000'), ['shared', 'region']]]),
	section: ['M1']
};
const ajv = new Ajv2020({ strict: false });

describe('relocate: a member condition over the merged form', () => {
	it('maps shared fields to the shared section and the rest to the member section', () => {
		expect(mapPath(map, ['applicant', 'region'])).toEqual(['shared', 'region']);
		expect(mapPath(map, ['applicant', 'name'])).toEqual(['M1', 'applicant', 'name']);
	});

	it('decides the same on the merged data as on the member data', () => {
		const condition = {
			properties: {
				applicant: {
					properties: { region: { const: '410105' }, name: { minLength: 3 } },
					required: ['region']
				}
			},
			required: ['applicant'],
			anyOf: [{ not: { properties: { hasAgent: { const: true } } } }]
		};
		const merged = ajv.compile(relocate(condition, map) as object);
		const member = ajv.compile(condition);
		const cases = [
			{ region: '410105', name: '张三丰', hasAgent: false },
			{ region: '410102', name: '张三丰', hasAgent: false },
			{ region: '410105', name: '张三', hasAgent: false },
			{ region: '410105', name: '张三丰', hasAgent: true },
			{ name: '张三丰' }
		];
		for (const c of cases) {
			const memberData: Record<string, unknown> = {
				applicant: { name: c.name, ...(c.region ? { region: c.region } : {}) },
				...('hasAgent' in c ? { hasAgent: c.hasAgent } : {})
			};
			const mergedData = {
				...(c.region ? { shared: { region: c.region } } : {}),
				M1: {
					applicant: { name: c.name },
					...('hasAgent' in c ? { hasAgent: c.hasAgent } : {})
				}
			};
			expect(merged(mergedData), JSON.stringify(c)).toBe(member(memberData));
		}
	});

	it('says when a test of a level holding shared fields cannot be carried over', () => {
		expect(() => relocate({ properties: { applicant: { minProperties: 2 } } }, map)).toThrow(
			RelocateError
		);
	});
});
