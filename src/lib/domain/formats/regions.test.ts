import { afterEach, describe, expect, it } from 'vitest';
import {
	addRegions,
	checkRegion,
	regionChildren,
	regionDataInfo,
	regionName,
	regionPath,
	resetRegionData,
	setRegionData,
	validateRegionData
} from './regions';

afterEach(() => resetRegionData());

describe('region tree (shipped data)', () => {
	it('names its source and date', () => {
		const info = regionDataInfo();
		expect(info.source).toContain('@vant/area-data');
		expect(info.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(info.count).toBeGreaterThan(3000);
	});

	it('lists the 34 provincial divisions first', () => {
		const provinces = regionChildren(null);
		expect(provinces).toHaveLength(34);
		expect(provinces[0]).toEqual({ code: '110000', name: '北京市' });
		expect(provinces.map((p) => p.name)).toContain('新疆维吾尔自治区');
	});

	it('walks province → city → county', () => {
		const henan = regionChildren('410000').map((c) => c.name);
		expect(henan).toContain('开封市');
		expect(regionChildren('410200').map((c) => c.name)).toContain('兰考县');
		expect(regionPath('410225')).toEqual([
			{ code: '410000', name: '河南省' },
			{ code: '410200', name: '开封市' },
			{ code: '410225', name: '兰考县' }
		]);
		expect(regionPath('410200')).toHaveLength(2);
		expect(regionPath('999999')).toEqual([]);
		expect(regionName('110108')).toBe('海淀区');
	});

	it('keeps county-level cities under 省直辖 groups and drops made-up town codes', () => {
		expect(regionPath('429004').map((r) => r.name)).toEqual(['湖北省', '省直辖县', '仙桃市']);
		expect(regionName('441900')).toBe('东莞市');
		expect(regionChildren('441900')).toEqual([]);
		expect(regionName('441901')).toBeUndefined();
	});

	it('cn-region accepts existing codes and says why others fail', () => {
		expect(checkRegion('110108')).toEqual({ valid: true });
		expect(checkRegion('410000')).toEqual({ valid: true });
		expect(checkRegion('11010').message).toBe('行政区划代码应为 6 位数字');
		expect(checkRegion('110199').message).toContain('110199 不存在');
		expect(checkRegion('110199', { locale: 'en' }).message).toContain('does not exist');
	});
});

describe('provinces first, their counties on demand', () => {
	it('knows a county once its province has been added, and keeps names already there', () => {
		setRegionData({
			source: '民政部 行政区划代码（测试）',
			asOf: '2026-01-01',
			regions: { '410000': '河南省', '110000': '北京市' }
		});
		expect(regionChildren('410000')).toEqual([]);
		expect(checkRegion('410105').valid).toBe(false);
		addRegions({ '410100': '郑州市', '410105': '金水区', '410000': '别名' });
		expect(regionChildren('410000').map((r) => r.code)).toEqual(['410100']);
		expect(regionPath('410105').map((r) => r.name)).toEqual(['河南省', '郑州市', '金水区']);
		expect(checkRegion('410105').valid).toBe(true);
		expect(regionChildren(null).map((r) => r.code)).toEqual(['110000', '410000']);
	});
});

describe('replacing the region data', () => {
	const custom = {
		source: '民政部 行政区划代码（测试）',
		asOf: '2026-01-01',
		// like the ministry's own lists: no 市辖区 level under a municipality
		regions: { '110000': '北京市', '110101': '东城区', '110120': '新区' }
	};

	it('uses an administrator dataset, hanging counties without a city on the province', () => {
		setRegionData(custom);
		expect(regionDataInfo()).toEqual({ source: custom.source, asOf: '2026-01-01', count: 3 });
		expect(regionChildren('110000').map((r) => r.code)).toEqual(['110101', '110120']);
		expect(regionPath('110120')).toEqual([
			{ code: '110000', name: '北京市' },
			{ code: '110120', name: '新区' }
		]);
		expect(checkRegion('110120').valid).toBe(true);
		expect(checkRegion('410225').valid).toBe(false);
		resetRegionData();
		expect(checkRegion('410225').valid).toBe(true);
	});

	it('refuses a malformed dataset with pointers and keeps the current one', () => {
		const bad = {
			asOf: '2026/01/01',
			regions: {
				'110000': '北京市',
				'11010': 'x',
				'990000': '无',
				'120101': '',
				'130100': '石家庄市'
			}
		};
		const problems = validateRegionData(bad);
		const codes = Object.fromEntries(problems.map((p) => [p.pointer, p.code]));
		expect(codes).toEqual({
			'/source': 'required',
			'/asOf': 'required',
			'/regions/11010': 'code',
			'/regions/990000': 'province',
			'/regions/120101': 'parent',
			'/regions/130100': 'parent'
		});
		expect(
			problems.some((p) => p.pointer === '/regions/120101' && p.message.includes('缺少名称'))
		).toBe(true);
		expect(() => setRegionData(bad as never)).toThrow('行政区划数据有误');
		expect(regionDataInfo().source).toContain('@vant/area-data');
		expect(validateRegionData([], 'en')[0].message).toBe('region data must be a JSON object');
	});
});
