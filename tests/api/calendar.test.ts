// The holiday calendar on the server: administrators load a year by pasting the State Council
// notice, every decision the server makes uses it at once, and a decision reaching a year without
// a schedule is provisional instead of refused. On both database engines.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chineseDaysData } from '../../src/lib/domain/workdays';
import { expectProblem, templateDocument } from './client';
import { createItem, makeWorld, publishItem, type World } from './world';
import { SAMPLES, fileRef } from '../fixtures/template-samples';

const servers = inject('servers');
const notice = (name: string) => readFileSync(`tests/fixtures/holiday-notices/${name}`, 'utf8');
// 2038 has the calendar of 2027 (a Friday on 1 January, not a leap year), so the made-up 2027
// notice with its year changed is a valid notice for 2038, a year no other test loads
const notice2038 = notice('sample-2027.txt').replaceAll('2027', '2038');

describe.each(servers)('holiday calendar API ($name)', (server) => {
	let w: World;
	let code: string;
	const en = { 'accept-language': 'en' };

	beforeAll(async () => {
		w = await makeWorld(server.url);
		code = await createItem(w, templateDocument('wild-plant-collection'));
		await publishItem(w, code);
	});

	/** A submission missing only the tolerable 采集用途证明, commitment signed. */
	const tolerated = () => ({
		form: SAMPLES['wild-plant-collection'],
		materials: {
			'application-form': fileRef('申请表'),
			'collection-plan': fileRef('采集方案'),
			'county-opinion': fileRef('县级意见'),
			'power-of-attorney': fileRef('授权委托书')
		},
		commitment: true
	});
	const decideOn = (date: string) =>
		w.api.post(`/api/v1/portal/items/${code}/decide`, { submission: tolerated(), date });

	it('shows administrators which years are known and where from', async () => {
		const res = await w.api.get('/api/v1/admin/calendar/years', { token: w.tokens.admin });
		expect(res.status).toBe(200);
		const builtIn = res.body.years.filter((y: { source: string }) => y.source === 'built-in');
		expect(builtIn.map((y: { year: number }) => y.year)).toEqual(
			expect.arrayContaining([2024, 2025, 2026])
		);
		expect(res.body.builtIn).toMatch(/^chinese-days@/);
		expect(res.body.strict).toBe(false);
	});

	it('reads a pasted notice for confirmation without storing it', async () => {
		const res = await w.api.post(
			'/api/v1/admin/calendar/notice',
			{ text: notice('2026.txt') },
			{ token: w.tokens.admin }
		);
		expect(res.status).toBe(200);
		expect(res.body.year).toBe(2026);
		expect(res.body.holidays).toEqual(chineseDaysData().years['2026'].holidays);
		expect(res.body.workdays).toEqual(chineseDaysData().years['2026'].workdays);
		expect(res.body.entries).toHaveLength(7);
		expect(res.body.replaces).toBe('built-in');
		const after = await w.api.get('/api/v1/admin/calendar/years', { token: w.tokens.admin });
		expect(after.body.years.find((y: { year: number }) => y.year === 2026).source).toBe('built-in');
	});

	it('answers a malformed notice with problem+json locating each line', async () => {
		const text = notice('2026.txt')
			.replace('共9天', '共8天')
			.replace('5月9日（周六）', '5月10日（周六）');
		const res = await w.api.post(
			'/api/v1/admin/calendar/years',
			{ text },
			{ token: w.tokens.admin, headers: en }
		);
		expectProblem(res, 422);
		expect(res.body.type).toMatch(/invalid-notice$/);
		expect(res.body.detail).toContain('Nothing was saved');
		const lines = text.split('\n');
		expect(res.body.errors).toEqual([
			expect.objectContaining({
				pointer: '/text',
				code: 'count.mismatch',
				line: lines.findIndex((l) => l.startsWith('二、春节')) + 1
			}),
			expect.objectContaining({
				pointer: '/text',
				code: 'weekday.mismatch',
				line: lines.findIndex((l) => l.startsWith('四、劳动节')) + 1,
				message: expect.stringMatching(/^line \d+: 2026-05-10 is a Sunday/)
			})
		]);
		// a body without the text is a shape error
		expectProblem(
			await w.api.post('/api/v1/admin/calendar/notice', { notice: 'x' }, { token: w.tokens.admin }),
			400
		);
	});

	it('is for administrators: editors are refused, anyone else must sign in', async () => {
		for (const path of ['/api/v1/admin/calendar/notice', '/api/v1/admin/calendar/years']) {
			expectProblem(await w.api.post(path, { text: notice2038 }, { token: w.tokens.editorA }), 403);
			expectProblem(await w.api.post(path, { text: notice2038 }), 401);
		}
		expectProblem(
			await w.api.get('/api/v1/admin/calendar/years', { token: w.tokens.reviewer }),
			403
		);
		// the banner's question is open to every signed-in user
		const status = await w.api.get('/api/v1/calendar/status', { token: w.tokens.editorA });
		expect(status.status).toBe(200);
		expect(status.body).toHaveProperty('missing');
		expectProblem(await w.api.get('/api/v1/calendar/status'), 401);
	});

	it('decides provisionally before the year is loaded, and finally once it is', async () => {
		// Friday 2038-06-04 + 5 working days. Unknown year: Jun 7, 8, 9, 10, 11
		const before = await decideOn('2038-06-04');
		expect(before.status).toBe(200);
		const d = before.body.decision;
		expect(d.decision).toBe('accept-with-tolerance');
		expect(d.supplementDeadline).toBe('2038-06-11');
		expect(d.provisional).toBe(true);
		expect(d.provisionalYears).toEqual([2038]);
		expect(d.provisionalReason).toContain('2038 年的节假日安排尚未载入');

		const saved = await w.api.post(
			'/api/v1/admin/calendar/years',
			{ text: notice2038, year: 2038 },
			{ token: w.tokens.admin }
		);
		expect(saved.status).toBe(201);
		expect(saved.body).toMatchObject({ year: 2038, loadedBy: w.users.admin });
		expect(saved.body.holidays).toContain('2038-06-09');

		// 端午节 on Wednesday Jun 9 is a day off: Jun 7, 8, 10, 11, 14
		const after = (await decideOn('2038-06-04')).body.decision;
		expect(after.supplementDeadline).toBe('2038-06-14');
		expect(after).not.toHaveProperty('provisional');
		expect(after.calendar).toContain('notice:');

		// portals get the same year, the overview says it was loaded, the audit log has it
		const published = await w.api.get('/api/v1/portal/calendar');
		expect(published.body.years.find((y: { year: number }) => y.year === 2038).holidays).toEqual(
			saved.body.holidays
		);
		const overview = await w.api.get('/api/v1/admin/calendar/years', { token: w.tokens.admin });
		expect(overview.body.years.find((y: { year: number }) => y.year === 2038)).toMatchObject({
			source: 'loaded',
			loadedBy: w.users.admin
		});
		const audit = await w.api.get('/api/v1/admin/audit?subject=calendar:2038', {
			token: w.tokens.admin
		});
		expect(audit.body.entries[0]).toMatchObject({
			action: 'calendar.year.load',
			actor: w.users.admin
		});
	});

	it('refuses a notice for another year than the one named', async () => {
		const res = await w.api.post(
			'/api/v1/admin/calendar/notice',
			{ text: notice('2025.txt'), year: 2038 },
			{ token: w.tokens.admin }
		);
		expectProblem(res, 422);
		expect(res.body.errors[0]).toMatchObject({ line: 1, code: 'year.mismatch' });
	});

	it('answers a bad decide request with problem+json', async () => {
		expectProblem(
			await w.api.post(`/api/v1/portal/items/${code}/decide`, {
				submission: tolerated(),
				date: '2038-02-30'
			}),
			400
		);
		expectProblem(
			await w.api.post(`/api/v1/portal/items/${code}/decide`, { date: '2038-06-04' }),
			400
		);
		// a submission that is not an object is decided (refused with reasons), never a 500
		const odd = await w.api.post(`/api/v1/portal/items/${code}/decide`, {
			submission: 'x',
			date: '2038-06-04'
		});
		expect(odd.status).toBe(200);
		expect(odd.body.decision.decision).not.toMatch(/^accept/);
	});
});
