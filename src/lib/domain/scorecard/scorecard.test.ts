// The scorecard of a six-version catalogue, every figure worked out by hand (the fixture says why
// each version is where it is on which day).
import { describe, expect, it } from 'vitest';
import { departmentRows, monthRows, scorecard } from '.';
import { seededRetirements, seededVersions } from './scorecard.fixture';

const data = { versions: seededVersions, retirements: seededRetirements };
const period = { from: '2026-01-01', to: '2026-03-31', today: '2026-06-30' };

describe('the scorecard of the whole catalogue', () => {
	const card = scorecard(data, period);

	it('counts the items in force on the last day: a cancelled item and a future version are out', () => {
		// A (v2), B, E: C was cancelled on 16 March, D takes effect on 1 April
		expect(card.overall.items).toBe(3);
	});

	it('gives materials per item and what shared data spares applicants', () => {
		expect(card.overall.materials).toEqual({
			total: 7, // 3 + 2 + 2
			perItem: 2.33,
			sharedExempt: 1,
			exemptShare: 0.1429, // 1 / 7
			toSubmitPerItem: 2, // 6 / 3
			itemsWithExempt: 1
		});
	});

	it('gives the promised limit against the legal one', () => {
		expect(card.overall.timeLimits).toEqual({
			comparable: 3,
			compressionRate: 0.3167, // (15/20 + 0/10 + 3/15) / 3
			legalWorkdays: 15, // (20 + 10 + 15) / 3
			promisedWorkdays: 9 // (5 + 10 + 12) / 3
		});
	});

	it('gives 即办件, visits on site and online depth', () => {
		expect(card.overall.immediate).toEqual({ count: 1, share: 0.3333 });
		expect(card.overall.visits).toEqual({
			distribution: { '0': 2, '1': 1, '2': 0, '3+': 0 },
			zeroShare: 0.6667,
			atMostOneShare: 1
		});
		expect(card.overall.online).toEqual({
			distribution: { '0': 0, '1': 1, '2': 0, '3': 0, '4': 2 },
			fullShare: 0.6667
		});
	});

	it('gives 容缺 coverage by risk class', () => {
		expect(card.overall.tolerance).toEqual({
			byRisk: {
				control: { items: 1, tolerant: 0, share: 0 },
				cautious: { items: 1, tolerant: 1, share: 1 },
				encouraged: { items: 1, tolerant: 1, share: 1 }
			},
			tolerableMaterials: 1
		});
	});

	it('compares local implementations with the base version they name', () => {
		// B names A v1: fewer materials and visits, deeper online, 即办 — different but not stricter;
		// E names X v1, which was never published
		expect(card.overall.base).toEqual({
			local: 2,
			compared: 1,
			deviating: 1,
			stricter: 0,
			byFact: { materials: 1, promisedLimit: 0, visits: 1, onlineDepth: 1, caseType: 1 }
		});
	});

	it('counts added, changed and cancelled items per month in Beijing time', () => {
		expect(
			card.months.map(({ month, added, changed, cancelled, inForce }) => [
				month,
				added,
				changed,
				cancelled,
				inForce
			])
		).toEqual([
			['2026-01', 3, 0, 0, 3], // A, C, E; B is published on 1 February Beijing time
			['2026-02', 1, 1, 0, 4], // B added, A changed
			['2026-03', 1, 0, 1, 3] // D added (in force from April), C cancelled
		]);
		expect(card.months[0]).toMatchObject({
			materialsPerItem: 3.67, // (4 + 5 + 2) / 3
			compressionRate: 0.4, // (0.5 + 0.5 + 0.2) / 3
			zeroVisitShare: 0,
			atMostOneShare: 0.6667
		});
		expect(card.months[1]).toMatchObject({
			compressionRate: 0.3625, // (0.75 + 0 + 0.5 + 0.2) / 4
			immediateShare: 0.25,
			zeroVisitShare: 0.5,
			fullOnlineShare: 0.5
		});
	});

	it('moves a publication across midnight into the month of the configured zone', () => {
		const utc = scorecard(data, { ...period, timeZone: 'UTC' });
		expect(utc.months[0]).toMatchObject({ month: '2026-01', added: 4, inForce: 4 });
	});

	it('gives each department its own figures', () => {
		expect(card.departments.map((d) => [d.code, d.name, d.figures.items])).toEqual([
			['health', '卫生健康委员会', 1],
			['market', '市场监督管理局', 2]
		]);
		const market = card.departments[1].figures;
		expect(market.timeLimits.compressionRate).toBe(0.375); // (0.75 + 0) / 2
		expect(market.immediate.share).toBe(0.5);
		expect(market.visits.zeroShare).toBe(1);
	});
});

describe('the scorecard of one department', () => {
	it('reads only that department, still comparing with a base published elsewhere', () => {
		const card = scorecard(data, { ...period, department: 'market' });
		expect(card.department).toBe('market');
		expect(card.overall.items).toBe(2);
		expect(card.overall.base.compared).toBe(1);
		expect(card.months.map((m) => [m.added, m.changed, m.cancelled])).toEqual([
			[1, 0, 0],
			[1, 1, 0],
			[0, 0, 0]
		]);
	});

	it('defaults to the twelve months ending today', () => {
		const card = scorecard(data, { today: '2026-06-30', department: 'health' });
		expect(card.from).toBe('2025-07-01');
		expect(card.months).toHaveLength(12);
		// D took effect in April; C was cancelled in March
		expect(card.overall.items).toBe(2);
	});
});

describe('the scorecard as CSV rows', () => {
	it('heads the columns in Chinese and prints shares as percentages', () => {
		const rows = departmentRows(scorecard(data, period), 'zh-CN');
		expect(rows[0].slice(0, 3)).toEqual(['范围', '部门代码', '在用事项数']);
		const col = rows[0].indexOf('承诺时限压缩率');
		expect(rows[1][0]).toBe('全部门');
		expect(rows[1][col]).toBe('31.7%');
		expect(rows.map((r) => r[1])).toEqual(['部门代码', '', 'health', 'market']);
		const months = monthRows(scorecard(data, period), 'zh-CN');
		expect(months[0].slice(0, 4)).toEqual(['月份', '新增事项', '变更版本', '取消事项']);
		expect(months[3].slice(0, 4)).toEqual(['2026-03', '1', '0', '1']);
	});
});
