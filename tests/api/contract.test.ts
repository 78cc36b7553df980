// A tour of every declared endpoint through the typed client (src/lib/api/client.ts), on each
// database engine: each answer must match its declaration, and the tour must reach every
// endpoint the contract declares, so a new endpoint needs a real answer checked here.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, type ApiResult, type Client } from '../../src/lib/api/client';
import { todayInChina } from '../../src/lib/domain/workdays/today';
import { endpoints } from '../../src/lib/api/endpoints';
import { toNational } from '../../src/lib/domain/national';
import { headerRowHash } from '../../src/lib/domain/spreadsheet';
import type { Item } from '../../src/lib/domain/item/types';
import { PASSWORD, templateDocument } from './client';
import { checked, contractBreach } from './contract';
import { workbook } from '../fixtures/spreadsheet/catalogue';
import { createItem, makeWorld, ownedBy, publishItem, type World } from './world';

const servers = inject('servers');

/** A client of `base` that signs requests with `token` and checks every answer against the contract. */
function clientOf(w: World, token?: string): Client {
	return createClient({
		base: w.api.base,
		locale: () => 'en',
		fetch: async (url, init) => {
			const headers = new Headers(init?.headers);
			headers.set('x-forwarded-for', w.api.ip);
			if (token) headers.set('authorization', `Bearer ${token}`);
			const res = await fetch(url, { ...init, headers });
			const text = await res.clone().text();
			const type = res.headers.get('content-type') ?? '';
			const body = text && /json/.test(type) ? JSON.parse(text) : undefined;
			const breach = contractBreach(init?.method ?? 'GET', String(url), res.status, type, body);
			if (breach) throw new Error(breach);
			return res;
		}
	});
}

/** The value of a successful call; the problem's words otherwise. */
function value<T>(r: ApiResult<T>, status: number): T {
	if (!r.ok) throw new Error(`${r.status}: ${r.problem.title} ${r.problem.detail ?? ''}`);
	expect(r.status).toBe(status);
	return r.value;
}

describe.each(servers)('the contract, endpoint by endpoint ($name)', (server) => {
	let w: World;
	beforeAll(async () => {
		w = await makeWorld(server.url);
	});

	it('every declared endpoint answers as declared', async () => {
		const anyone = clientOf(w);
		const editor = clientOf(w, w.tokens.editorA);
		const reviewer = clientOf(w, w.tokens.reviewer);
		const admin = clientOf(w, w.tokens.admin);

		// session
		const session = value(
			await anyone.signIn({ body: { username: w.users.editorA2, password: PASSWORD } }),
			201
		);
		const own = clientOf(w, session.token);
		expect(value(await own.me(), 200).user.username).toBe(w.users.editorA2);
		value(await editor.templates(), 200);
		value(await editor.departments(), 200);

		// an item from draft to published, in the editor's own department
		const document = ownedBy(w, templateDocument('wild-plant-collection'));
		const created = value(
			await editor.createItem({ body: { document, department: w.deptA } }),
			201
		);
		const code = created.code;
		// a catalogue kept in Excel: one row, imported as a draft with the headers recognised
		const sheet = await workbook([
			{ 事项编码: `${w.tag}-XLSX1`, 事项名称: '表格导入事项', 实施主体: `测试甲局 ${w.tag}` }
		]);
		const columns = value(
			await editor.inspectXlsx({ body: { workbook: sheet.toString('base64') } }),
			200
		);
		expect(columns.mapping.columns['事项编码']).toBe('code');
		const headerRow = { hash: headerRowHash(columns.headers) };
		expect(value(await editor.getXlsxMapping({ query: headerRow }), 200).saved).toBeNull();
		value(
			await editor.saveXlsxMapping({
				body: { headers: columns.headers, mapping: columns.mapping }
			}),
			200
		);
		expect(value(await editor.getXlsxMapping({ query: headerRow }), 200).saved?.mapping).toEqual(
			columns.mapping
		);
		value(await editor.importXlsx({ body: { workbook: sheet.toString('base64') } }), 201);
		const params = { code };
		expect(value(await editor.listItems({ query: { q: code } }), 200).items).toHaveLength(1);
		value(await editor.getItem({ params }), 200);
		value(
			await editor.saveDraft({
				params,
				body: { baseRevision: 1, document: { ...document, name: `${document.name}（二）` } }
			}),
			200
		);
		value(await editor.listRevisions({ params }), 200);
		value(await editor.getRevision({ params: { code, n: 2 } }), 200);
		// the item as the national platform would send it: previewed, nothing imported
		value(await editor.importNational({ body: { file: toNational(document as Item) } }), 200);
		const named = value(
			await editor.saveCheckpoint({ params, body: { baseRevision: 2, label: 'Before review' } }),
			201
		);
		expect(named.checkpoints.map((c) => c.kind)).toEqual(['named']);
		const restored = value(
			await editor.restoreRevision({ params: { code, n: 1 }, body: { baseRevision: 2 } }),
			201
		);
		expect([restored.revision, restored.document.name]).toEqual([3, document.name]);
		value(await editor.submit({ params }), 201);
		expect(value(await editor.withdraw({ params }), 200).status).toBe('draft');
		const first = value(await editor.submit({ params }), 201);
		value(await reviewer.listReviews({ query: { state: 'pending' } }), 200);
		value(await reviewer.getReview({ params: { id: first.id } }), 200);
		const kept = { pointer: '/name', about: 'name', text: 'Please use the catalogue name' };
		value(
			await reviewer.saveCommentDrafts({ params: { id: first.id }, body: { comments: [kept] } }),
			200
		);
		expect(
			value(await reviewer.getCommentDrafts({ params: { id: first.id } }), 200).comments
		).toEqual([kept]);
		value(
			await reviewer.return({
				params: { id: first.id },
				body: { comments: [{ pointer: '/name', text: 'Please use the catalogue name' }] }
			}),
			200
		);
		const second = value(await editor.submit({ params, body: {} }), 201);
		value(await reviewer.approve({ params: { id: second.id } }), 200);
		const inbox = value(await editor.notifications(), 200);
		expect(inbox.notifications.map((n) => n.kind)).toContain('review-approved');
		expect(value(await editor.markNotificationsRead({ body: {} }), 200).unread).toBe(0);
		const published = value(await editor.publish({ params }), 201);
		const n = published.version.n;

		// a draft put away, brought back and deleted
		const spare = ownedBy(w, templateDocument('food-business-licence'));
		const spareParams = {
			code: value(await editor.createItem({ body: { document: spare, department: w.deptA } }), 201)
				.code
		};
		expect(value(await editor.archive({ params: spareParams }), 200).archived).toBe(true);
		value(await editor.listItems({ query: { archived: true, mine: true, waiting: false } }), 200);
		expect(value(await editor.unarchive({ params: spareParams }), 200).archived).toBe(false);
		value(await editor.deleteItem({ params: spareParams }), 204);

		// the portal
		value(await anyone.portalItems({ query: { q: code } }), 200);
		value(await anyone.portalItem({ params }), 200);
		value(await anyone.portalVersions({ params }), 200);
		value(await anyone.portalVersion({ params: { code, n } }), 200);
		value(await anyone.portalSchema({ params: { code, n } }), 200);
		expect(value(await anyone.portalValidator({ params: { code, n } }), 200)).toMatch(/export/);
		const kit = value(await anyone.portalInterop(), 200);
		const file = kit.formats.latest;
		expect(value(await anyone.portalInteropModule({ params: { file } }), 200)).toMatch(/export/);
		value(await anyone.portalChanges({ query: { since: 0, limit: 5 } }), 200);
		value(await anyone.portalCalendar(), 200);
		const decided = value(
			await anyone.portalDecide({
				params,
				body: { submission: { form: {}, materials: {} }, date: '2049-06-01' }
			}),
			200
		);
		expect(decided.version).toBe(n);
		const handed = value(
			await anyone.portalIntake({
				params: { code, n },
				body: { submission: { form: {}, materials: {}, commitment: false } }
			}),
			200
		);
		expect(handed.receipt).toMatch(/^TEST-\d{6}$/);
		value(await anyone.openapi(), 200);

		// a one-thing (一件事) of two published members, from blank to decided on the portal
		const members = [
			await createItem(w, templateDocument('individual-business-registration')),
			await createItem(w, templateDocument('food-business-licence'))
		];
		for (const member of members) await publishItem(w, member);
		value(await editor.oneThingTemplates(), 200);
		const one = value(
			await editor.createOneThing({
				body: { name: `开办餐饮店 ${w.tag}`, code: `YJS-${w.tag}`, department: w.deptA }
			}),
			201
		);
		const oneParams = { code: one.code };
		const oneDoc = {
			...one.document,
			members: members.map((c) => ({ code: c, pin: 'latest' as const })),
			theme: { kind: 'business-event' as const, name: '开办餐饮店' },
			guide: {
				...one.document.guide,
				summary: '一次申请，并联办理',
				process: [{ name: '一窗受理' }],
				jointTimeLimit: { value: 7, unit: 'workday' as const },
				window: { name: '综合窗口', address: '人民路 1 号', hours: '9:00–17:00' },
				consult: { phones: ['12345'] }
			}
		};
		expect(
			value(
				await editor.saveOneThingDraft({
					params: oneParams,
					body: { baseRevision: one.revision, document: oneDoc }
				}),
				200
			).valid
		).toBe(true);
		expect(
			value(await editor.listOneThings({ query: { q: one.code } }), 200).onethings
		).toHaveLength(1);
		expect(value(await editor.previewOneThing({ params: oneParams }), 200).conflicts).toEqual([]);
		const oneReview = value(await editor.submitOneThing({ params: oneParams }), 201);
		expect(oneReview.type).toBe('onething');
		value(await reviewer.approve({ params: { id: oneReview.id } }), 200);
		const onePublished = value(await editor.publishOneThing({ params: oneParams }), 201);
		expect(value(await editor.getOneThing({ params: oneParams }), 200).staleMembers).toEqual([]);
		expect(
			value(await anyone.portalOneThings({ query: { q: one.code } }), 200).onethings
		).toHaveLength(1);
		value(await anyone.portalOneThing({ params: oneParams }), 200);
		value(
			await anyone.portalOneThingVersion({
				params: { code: one.code, n: onePublished.version.n }
			}),
			200
		);
		const oneDecided = value(
			await anyone.portalOneThingDecide({
				params: oneParams,
				body: { submission: { form: {}, materials: {} }, date: '2049-06-01' }
			}),
			200
		);
		expect(oneDecided.decision.members).toHaveLength(2);
		expect(
			value(await anyone.portalOneThingRetiredMembers({ params: oneParams }), 200).members
		).toEqual([]);
		// a new revision submitted and withdrawn again; then the one-thing is retired (停止)
		const oneNow = value(await editor.getOneThing({ params: oneParams }), 200);
		value(
			await editor.saveOneThingDraft({
				params: oneParams,
				body: {
					baseRevision: oneNow.revision,
					document: { ...oneDoc, name: `${oneDoc.name}（二）` }
				}
			}),
			200
		);
		value(await editor.submitOneThing({ params: oneParams }), 201);
		expect(value(await editor.withdrawOneThing({ params: oneParams }), 200).status).toBe('draft');
		value(
			await reviewer.retireOneThing({ params: oneParams, body: { reason: '并入新的一件事' } }),
			200
		);
		const gone = await anyone.portalOneThing({ params: oneParams });
		expect(gone.ok ? 200 : gone.status).toBe(410);
		expect(
			value(await editor.oneThingTrail({ params: oneParams }), 200).entries.map((e) => e.action)
		).toContain('onething.retire');

		// 事项沿革: two published items merged into a draft, which is 下放 to department B; one split
		const [p, q, r] = [
			'construction-permit',
			'public-place-hygiene-licence',
			'social-security-card'
		];
		const olds: string[] = [];
		for (const slug of [p, q, r]) {
			const c = await createItem(w, templateDocument(slug));
			await publishItem(w, c);
			olds.push(c);
		}
		const merged = value(
			await admin.mergeItems({
				body: {
					codes: [olds[0], olds[1]],
					code: `${olds[0].slice(0, -3)}901`,
					name: `合并事项 ${w.tag}`
				}
			}),
			201
		);
		expect(merged.predecessors.map((x) => x.code)).toEqual([olds[0], olds[1]]);
		const moved = value(
			await admin.transferItem({
				params: { code: merged.successors[0] },
				body: { department: w.deptB, mode: 'delegate' }
			}),
			200
		);
		expect([moved.department, moved.status, moved.document.guide.lineage?.change]).toEqual([
			w.deptB,
			'draft',
			'delegate'
		]);
		const split = value(
			await admin.splitItem({
				params: { code: olds[2] },
				body: {
					parts: [
						{ code: `${olds[2].slice(0, -3)}911`, name: `拆分事项一 ${w.tag}` },
						{ code: `${olds[2].slice(0, -3)}912`, name: `拆分事项二 ${w.tag}` }
					]
				}
			}),
			201
		);
		expect(split.successors).toEqual([`${olds[2].slice(0, -3)}911`, `${olds[2].slice(0, -3)}912`]);

		value(await reviewer.retire({ params, body: { reason: 'Merged into another item' } }), 200);

		// administration
		value(await admin.listUsers(), 200);
		const user = value(
			await admin.createUser({
				body: { username: `tour-${w.tag}`, password: PASSWORD, role: 'reviewer' }
			}),
			201
		);
		value(await admin.changeUser({ params: { id: user.id }, body: { disabled: true } }), 200);
		value(await admin.listDepartments(), 200);
		// a receiver that is not listening: deliveries are queued and retried, never in the way
		const hook = value(
			await admin.createWebhook({ body: { url: 'http://127.0.0.1:9/contract-tour' } }),
			201
		);
		expect(hook.secret.length).toBeGreaterThan(20);
		expect(value(await admin.listWebhooks(), 200).webhooks.map((h) => h.id)).toContain(hook.id);
		value(await admin.deleteWebhook({ params: { id: hook.id } }), 204);
		// settings: the server is shared, so the version stored is the one in force, unchanged
		const settings = value(await anyone.getSettings(), 200);
		expect(
			value(await admin.settingsImpact({ body: { settings: settings.settings } }), 200).blocked
		).toEqual([]);
		const stored = value(
			await admin.putSettings({
				body: { baseVersion: settings.version, settings: settings.settings }
			}),
			200
		);
		expect(stored.settings).toEqual(settings.settings);
		expect(value(await admin.settingsHistory(), 200).versions[0].n).toBe(stored.version);
		const department = value(
			await admin.createDepartment({ body: { code: `t-${w.tag}`, name: `巡检局 ${w.tag}` } }),
			201
		);
		value(
			await admin.changeDepartment({
				params: { code: department.code },
				body: { name: `巡检局（改）${w.tag}` }
			}),
			200
		);
		// Put back what is in force, so other tests see the same calendar.
		const calendar = value(await admin.getCalendar(), 200);
		value(
			await admin.putCalendar({
				body: calendar.override?.data ?? {
					years: { '2027': { holidays: ['2027-01-01'], workdays: [] } }
				}
			}),
			200
		);
		// 2049 has the calendar of 2027: the made-up 2027 notice is valid for it
		const text = readFileSync('tests/fixtures/holiday-notices/sample-2027.txt', 'utf8').replaceAll(
			'2027',
			'2049'
		);
		value(await admin.calendarYears(), 200);
		expect(value(await admin.previewNotice({ body: { text } }), 200).year).toBe(2049);
		value(await admin.loadCalendarYear({ body: { text, year: 2049 } }), 201);
		value(await own.calendarStatus(), 200);
		value(await admin.audit({ query: { subject: `item:${code}` } }), 200);
		// the audit's days are the deployment's (Beijing time), not UTC's: after 16:00 UTC they differ
		const today = todayInChina();
		const filtered = value(
			await admin.audit({ query: { item: code, action: 'review', to: today } }),
			200
		);
		expect(filtered.entries.map((e) => e.action).sort()).toEqual([
			'review.approve',
			'review.return'
		]);
		expect(value(await admin.auditCsv({ query: { item: code } }), 200)).toMatch(/item\.publish/);
		const card = value(await reviewer.scorecard({ query: { department: w.deptA } }), 200);
		// the tour's item, published this month (and cancelled by now)
		expect(card.months.at(-1)!.added).toBeGreaterThan(0);
		expect(
			value(await admin.scorecardCsv({ query: { department: w.deptA, table: 'months' } }), 200)
		).toMatch(/Month|月份/);
		expect(value(await editor.itemTrail({ params }), 200).entries.length).toBeGreaterThan(3);
		// the law registry: a law, an amendment of it, its drafts, and who cites it
		const lawId = `tour-${w.tag}`;
		value(
			await admin.createLaw({
				body: {
					id: lawId,
					title: `巡检条例${w.tag}`,
					issuer: '国务院',
					level: 'administrative-regulation',
					effectiveOn: '2001-01-01',
					articles: [
						{ number: '第一条', text: '一' },
						{ number: '第二条', text: '二' }
					]
				}
			}),
			201
		);
		expect(value(await editor.listLaws(), 200).laws.some((l) => l.id === lawId)).toBe(true);
		const amendment = value(
			await admin.recordLawChange({
				params: { id: lawId },
				body: {
					kind: 'amendment',
					title: '2026年修正',
					effectiveOn: '2026-01-01',
					renumbered: [{ from: '第二条', to: '第三条' }]
				}
			}),
			201
		);
		expect(
			value(await admin.applyLawChange({ params: { id: lawId, change: amendment.id } }), 200).opened
		).toEqual([]);
		expect(value(await editor.getLaw({ params: { id: lawId } }), 200).changes).toHaveLength(1);
		expect(
			value(await reviewer.lawCitations({ query: { law: lawId, article: '第三条' } }), 200).items
		).toEqual([]);

		value(await own.signOut(), 204);
		expect((await own.me()).status).toBe(401);

		const reached = new Set([...checked].map((c) => c.split(' ')[0]));
		expect(Object.keys(endpoints).filter((name) => !reached.has(name))).toEqual([]);
	});
});
