import { describe, expect, it } from 'vitest';
import { deriveKey, followsTitle, MAX_DERIVED_LENGTH, uniqueKey } from './index';
import { keyFromTitle as glossaryOnly } from './keys';
import { spellPinyin } from './pinyin';

const keyFromTitle = (title: string) => glossaryOnly(title, spellPinyin);

describe('keys from Chinese titles', () => {
	it('uses the English glossary for the national elements', () => {
		expect(keyFromTitle('姓名')).toBe('name');
		expect(keyFromTitle('身份证号')).toBe('idNumber');
		expect(keyFromTitle('公民身份号码')).toBe('idNumber');
		expect(keyFromTitle('联系电话')).toBe('phone');
		expect(keyFromTitle('地址')).toBe('address');
		expect(keyFromTitle('统一社会信用代码')).toBe('creditCode');
		expect(keyFromTitle('事项名称')).toBe('itemName');
	});

	it('composes known terms, longest first, and drops filler and bracketed units', () => {
		expect(keyFromTitle('项目负责人身份证号码')).toBe('projectLeaderIdNumber');
		expect(keyFromTitle('与申请人关系')).toBe('applicantRelation');
		expect(keyFromTitle('申请人信息')).toBe('applicant');
		expect(keyFromTitle('合同价格（万元）')).toBe('contractPrice');
		expect(keyFromTitle('联系电话(手机)')).toBe('phone');
		expect(keyFromTitle('是否专职')).toBe('isFullTime');
	});

	it('spells unknown Chinese in pinyin without tones', () => {
		expect(keyFromTitle('绿色')).toBe('lvse');
		expect(keyFromTitle('采集部位')).toBe('collectionBuwei');
	});

	it('without the pinyin dictionary, keeps to the glossary', () => {
		expect(glossaryOnly('采集部位')).toBe('collection');
		expect(glossaryOnly('绿色')).toBe('');
		expect(deriveKey('绿色', [], 'text')).toBe('text');
		expect(deriveKey('绿色', [], 'text', spellPinyin)).toBe('lvse');
	});

	it('keeps Latin letters and digits, and always gives an identifier', () => {
		expect(keyFromTitle('Option 2')).toBe('option2');
		expect(keyFromTitle('选项 1')).toBe('option1');
		expect(keyFromTitle('ICP备案号')).toMatch(/^icp[A-Z]/);
		expect(keyFromTitle('2024年度收入')).toMatch(/^n2024/);
		expect(keyFromTitle('！？')).toBe('');
		expect(keyFromTitle('')).toBe('');
	});

	it('stays short, cutting at a whole word', () => {
		const key = keyFromTitle('采集地是否位于城市园林或风景名胜区内以及其他需要特别说明的情形');
		expect(key.length).toBeLessThanOrEqual(MAX_DERIVED_LENGTH);
		expect(key).toMatch(/^[a-z][A-Za-z0-9]*$/);
	});

	it('is unique among siblings with 2, 3, …', () => {
		expect(deriveKey('姓名', ['name'], 'text')).toBe('name2');
		expect(deriveKey('姓名', ['name', 'name2'], 'text')).toBe('name3');
		expect(deriveKey('！', [], 'text')).toBe('text');
		expect(uniqueKey('materials', ['materials'])).toBe('materials2');
	});

	it('tells a derived key from one typed by hand', () => {
		expect(followsTitle('name', '姓名', 'text')).toBe(true);
		expect(followsTitle('name2', '姓名', 'text')).toBe(true);
		expect(followsTitle('text3', '单行文本', 'text')).toBe(true);
		expect(followsTitle('applicantName', '姓名', 'text')).toBe(false);
	});
});
