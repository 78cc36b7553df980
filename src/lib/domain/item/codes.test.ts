import { describe, expect, it } from 'vitest';
import {
	applicantTypeFromNational,
	applicantTypeToNational,
	fromNationalCode,
	KIND_CODES,
	materialTypeOf,
	NATIONAL_CODES,
	toNationalCode
} from './codes';
import { ENUMS, enumValues, label, type LabelEnum } from './labels';
import { labelMessages } from './labels.messages';

describe('national code lists', () => {
	it('maps 事项类型 to the national codes', () => {
		expect(toNationalCode('kind', 'licensing')).toBe('01');
		expect(toNationalCode('kind', 'public-service')).toBe('20');
		expect(fromNationalCode('kind', '07')).toBe('confirmation');
		expect(new Set(Object.values(KIND_CODES)).size).toBe(Object.keys(KIND_CODES).length);
	});

	it('round-trips every value whose code is unique', () => {
		for (const [name, table] of Object.entries(NATIONAL_CODES)) {
			const t = table as Record<string, string>;
			for (const [key, code] of Object.entries(t)) {
				const shared = Object.values(t).filter((c) => c === code).length > 1;
				if (code === '' || shared) continue;
				expect(fromNationalCode(name as keyof typeof NATIONAL_CODES, code), `${name}.${key}`).toBe(
					key
				);
			}
		}
	});

	it('uses the national codes for 实施主体性质, 事项状态 and the flags', () => {
		expect(toNationalCode('departmentNature', 'entrusted-organisation')).toBe('3');
		expect(toNationalCode('departmentNature', 'other')).toBe('9');
		expect(fromNationalCode('itemState', '3')).toBe('cancelled');
		expect(toNationalCode('flag', 'true')).toBe('1');
		expect(fromNationalCode('powerSource', '2')).toBe('delegated');
		expect(new Set(Object.values(NATIONAL_CODES.personTopic)).size).toBe(
			enumValues('personTopic').length
		);
	});

	it('imports 必要 as required, never as tolerable, and 容缺后补 as tolerable', () => {
		expect(fromNationalCode('necessity', '1')).toBe('required');
		expect(fromNationalCode('necessity', '3')).toBe('tolerable');
	});

	it('uses the exchange codes for 来源渠道 and 材料类型', () => {
		expect(toNationalCode('source', 'applicant')).toBe('10');
		expect(toNationalCode('source', 'government')).toBe('20');
		expect(toNationalCode('materialKind', 'form')).toBe('2');
	});

	it('maps the finer national applicant types onto ours', () => {
		expect(applicantTypeToNational('person')).toBe('1');
		expect(applicantTypeFromNational('3')).toBe('legal-person');
		expect(applicantTypeFromNational('9')).toBe('other-organisation');
		expect(applicantTypeFromNational('42')).toBeUndefined();
	});

	it('derives the national 材料类型 from the counts', () => {
		expect(materialTypeOf({ originals: 1, copies: 0 })).toBe('original');
		expect(materialTypeOf({ originals: 0, copies: 2 })).toBe('copy');
		expect(materialTypeOf({ originals: 1, copies: 1 })).toBe('original-and-copy');
	});

	it('has a label for every coded value', () => {
		const pairs: [keyof typeof NATIONAL_CODES, LabelEnum][] = [
			['kind', 'kind'],
			['level', 'level'],
			['caseType', 'caseType'],
			['necessity', 'necessity'],
			['medium', 'medium'],
			['source', 'source'],
			['onlineDepth', 'onlineDepth'],
			['crossRegion', 'crossRegion'],
			['powerSource', 'powerSource'],
			['departmentNature', 'departmentNature'],
			['itemState', 'itemState'],
			['personTopic', 'personTopic'],
			['legalPersonTopic', 'legalPersonTopic']
		];
		for (const [coded, labelled] of pairs) {
			expect(Object.keys(NATIONAL_CODES[coded]).sort()).toEqual(enumValues(labelled).sort());
		}
	});
});

describe('labels', () => {
	it('gives Chinese by default and English on request', () => {
		expect(label('kind', 'licensing')).toBe('行政许可');
		expect(label('kind', 'licensing', 'en')).toBe('Administrative licensing');
		expect(label('onlineDepth', 4)).toContain('全程网办');
	});

	it('falls back to the raw value for an unknown one', () => {
		expect(label('kind', 'mystery')).toBe('mystery');
	});

	it('names every enum value, and only those, in both languages', () => {
		const named = Object.keys(labelMessages['zh-CN']).sort();
		const values = (Object.keys(ENUMS) as LabelEnum[])
			.flatMap((e) => enumValues(e).map((v) => `item.label.${e}.${v}`))
			.sort();
		expect(named).toEqual(values);
	});
});
