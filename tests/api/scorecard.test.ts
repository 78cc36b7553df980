// The reduction scorecard over real publications: a department's catalogue published, changed and
// cancelled through the workflow, then read as JSON and CSV. Every figure is worked out by hand from
// the three templates used (their guides and materials are in templates/). On both engines.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument } from './client';
import { createItem, makeWorld, publishItem, type World } from './world';

const servers = inject('servers');

describe.each(servers)('the reduction scorecard ($name)', (server) => {
	let w: World;
	let wild: string;

	beforeAll(async () => {
		w = await makeWorld(server.url);
		const token = { token: w.tokens.editorA };
		// 采集国家二级保护野生植物审批: 8 materials (2 exempt, 1 tolerable), 20 → 10 working days,
		// no visit, fully online, cautious with tolerance
		wild = await createItem(w, templateDocument('wild-plant-collection'));
		await publishItem(w, wild);
		// version 2 promises 5 working days
		const doc = (await w.api.get(`/api/v1/items/${wild}`, token)).body.document;
		doc.guide.promisedTimeLimit = { value: 5, unit: 'workday' };
		// the steps' limits must fit the promise (审查 6 → 2, 决定 2 → 1)
		for (const step of doc.guide.process) {
			if (step.name === '审查') step.timeLimit = { value: 2, unit: 'workday' };
			if (step.name === '决定') step.timeLimit = { value: 1, unit: 'workday' };
		}
		const saved = await w.api.put(
			`/api/v1/items/${wild}/draft`,
			{ baseRevision: 1, document: doc },
			token
		);
		expect(saved.status).toBe(200);
		await publishItem(w, wild);
		// 最低生活保障: 7 materials (1 exempt, 1 tolerable), 30 → 20 working days, one visit, online
		// depth 3, cautious with tolerance; a local implementation of the first item's version 1
		const allowance = templateDocument('minimum-living-allowance');
		allowance.base = { code: wild, version: 1 };
		await publishItem(w, await createItem(w, allowance));
		// 建筑工程施工许可: published, then cancelled — no longer counted
		const permit = await createItem(w, templateDocument('construction-permit'));
		await publishItem(w, permit);
		const retired = await w.api.post(
			`/api/v1/items/${permit}/retire`,
			{ reason: '职能调整' },
			{ token: w.tokens.reviewer }
		);
		expect(retired.status).toBe(200);
	});

	it('gives a department’s figures as computed by hand', async () => {
		const r = await w.api.get(`/api/v1/scorecard?department=${w.deptA}`, {
			token: w.tokens.reviewer
		});
		expect(r.status).toBe(200);
		const card = r.body;
		expect(card.department).toBe(w.deptA);
		expect(card.overall).toEqual({
			items: 2,
			materials: {
				total: 15,
				perItem: 7.5,
				sharedExempt: 3,
				exemptShare: 0.2,
				toSubmitPerItem: 6,
				itemsWithExempt: 2
			},
			timeLimits: {
				comparable: 2,
				compressionRate: 0.5417, // (15/20 + 10/30) / 2
				legalWorkdays: 25,
				promisedWorkdays: 12.5
			},
			immediate: { count: 0, share: 0 },
			visits: {
				distribution: { '0': 1, '1': 1, '2': 0, '3+': 0 },
				zeroShare: 0.5,
				atMostOneShare: 1
			},
			online: { distribution: { '0': 0, '1': 0, '2': 0, '3': 1, '4': 1 }, fullShare: 0.5 },
			tolerance: {
				byRisk: {
					control: { items: 0, tolerant: 0, share: 0 },
					cautious: { items: 2, tolerant: 2, share: 1 },
					encouraged: { items: 0, tolerant: 0, share: 0 }
				},
				tolerableMaterials: 2
			},
			base: {
				local: 1,
				compared: 1,
				deviating: 1,
				// promises 20 working days where its base promised 10
				stricter: 1,
				byFact: { materials: 1, promisedLimit: 1, visits: 1, onlineDepth: 1, caseType: 0 }
			}
		});
		const thisMonth = card.months.at(-1);
		expect(thisMonth).toMatchObject({ added: 3, changed: 1, cancelled: 1, inForce: 2 });
		expect(card.months).toHaveLength(12);
	});

	it('exports the same figures as CSV with Chinese headers', async () => {
		const r = await w.api.get(`/api/v1/scorecard.csv?department=${w.deptA}`, {
			token: w.tokens.admin
		});
		expect(r.status).toBe(200);
		expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
		const [header, row] = r.text
			.replace(/^\ufeff/, '')
			.split('\r\n')
			.map((l) => l.split(','));
		expect(header.slice(0, 4)).toEqual(['范围', '部门代码', '在用事项数', '申请材料总数']);
		expect(row[1]).toBe(w.deptA);
		expect(row[header.indexOf('承诺时限压缩率')]).toBe('54.2%');
		expect(row[header.indexOf('最多跑一次占比')]).toBe('100.0%');
		const months = await w.api.get(`/api/v1/scorecard.csv?department=${w.deptA}&table=months`, {
			token: w.tokens.admin
		});
		const lines = months.text.trim().split('\r\n');
		expect(lines[0]).toMatch(/月份,新增事项,变更版本,取消事项/);
		expect(lines.at(-1)).toMatch(/^\d{4}-\d{2},3,1,1,2,/);
	});

	it('is for supervisors, reviewers and administrators only', async () => {
		expectProblem(await w.api.get('/api/v1/scorecard'), 401);
		expectProblem(await w.api.get('/api/v1/scorecard', { token: w.tokens.editorA }), 403);
	});

	it('refuses a period that ends before it starts, saying so', async () => {
		const r = await w.api.get('/api/v1/scorecard?from=2026-05-01&to=2026-04-01', {
			token: w.tokens.reviewer,
			headers: { 'accept-language': 'en' }
		});
		expectProblem(r, 400);
		expect(r.body.detail).toMatch(/first day must not be after the last/);
	});
});
