// The reviewer's day at the desk, told as the reviewer lives it: a brand-new item shows everything
// that is being approved; comments survive a reload until the decision; the comparison offers what
// matters (last published, last reviewed, checkpoints); the diff speaks in labels; the audit trail
// and the notifications tell who did what.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { getItem, saveDraft, submit, type Doc } from '../review/api';
import { formatInstant } from '../../src/lib/domain/time';
import { baseURL, newContext } from './browser';
import { draftCopy, ok, open, publishedCopy, signedIn, template } from './workflow';

// 社会保障卡申领 under new codes, so these stories share no item with the other suites
const TEMPLATE = template('social-security-card');
const codeOf = (n: number) => `${TEMPLATE.code.slice(0, -3)}${900 + n}`;

const { browser, editor, reviewer } = signedIn('editor', 'reviewer');

/** A new item by the editor, from the template with its own code and name. */
const newItem = async (n: number, name: string) =>
	(await draftCopy(editor, TEMPLATE, { code: codeOf(n), name })).code as string;

/** Submitted, approved by the reviewer and published by the editor: version 1. */
const publishedItem = (n: number, name: string) =>
	publishedCopy({ editor, reviewer }, TEMPLATE, { code: codeOf(n), name });

/** polls up to 10 s: a page may still be hydrating or saving */
const eventually = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 10_000 });

describe('a never-published item', () => {
	it('shows the reviewer the whole guide, materials and form being approved, with lint', async () => {
		const name = '社会保障卡申领（高新区试点）';
		const code = await newItem(1, name);
		await submit(editor.context.request, code);

		const { page } = reviewer;
		await open(page, '/review');
		const row = page.locator(`[data-testid="review-queue"] tr[data-code="${code}"]`);
		await eventually(() => row.count()).toBe(1);
		await row.getByRole('link').first().click();
		await page.waitForURL(`**/review/${code}`);

		const content = page.getByTestId('submitted-content');
		await eventually(() => content.count()).toBe(1);
		expect(await content.textContent()).toContain('该事项尚未发布过');
		// the guide as the portal shows it
		expect(await content.getByRole('heading', { name, level: 3 }).count()).toBe(1);
		expect(await content.getByRole('heading', { name: '受理条件' }).count()).toBe(1);
		// every material in the materials table
		const table = content.locator('table.materials');
		for (const m of TEMPLATE.materials as { name: string }[])
			expect(await table.textContent()).toContain(m.name);
		// the application form, read-only
		const id = content.getByLabel('身份证号码').first();
		expect(await id.count()).toBe(1);
		expect(await id.isEditable()).toBe(false);
		// and the standardization check of what is submitted
		expect(await page.getByTestId('lint-delta').textContent()).toContain('当前版本共');
	});
});

describe('comment drafts', () => {
	it('keeps the reviewer’s comments across a reload until the decision is sent', async () => {
		const code = await publishedItem(2, '社会保障卡申领（意见草稿）');
		await saveDraft(editor.context.request, code, (d) => {
			d.guide.conditions.push('申请人应当持有本市居住证。');
		});
		const review = await submit(editor.context.request, code);

		const { page } = reviewer;
		await open(page, `/review/${code}`);
		const change = page.locator(
			'[data-testid="against-published"] li.change[data-pointer^="/guide/conditions"]'
		);
		await change.getByRole('button', { name: /^对此处提意见/ }).click();
		await change.getByRole('textbox').fill('请说明增加该条件的依据。');
		await page.getByLabel('总体意见').fill('其余内容无异议。');
		await eventually(() => page.getByText('意见草稿已保存，刷新页面也不会丢失。').count()).toBe(1);

		// the browser is closed and opened again: nothing is lost
		await page.reload();
		await page.waitForLoadState('networkidle');
		await expect
			.poll(() => change.getByRole('textbox').inputValue())
			.toBe('请说明增加该条件的依据。');
		expect(await page.getByLabel('总体意见').inputValue()).toBe('其余内容无异议。');

		await page.getByRole('button', { name: '退回', exact: true }).click();
		await eventually(() => page.getByTestId('item-status').textContent()).toBe('已退回');
		expect(await page.getByText('审核完成：已退回。').count()).toBe(1);
		const sent = await ok(await reviewer.context.request.get(`/api/v1/reviews/${review.id}`));
		expect(sent.comments.map((c: { text: string }) => c.text).sort()).toEqual([
			'其余内容无异议。',
			'请说明增加该条件的依据。'
		]);
		// the drafts went with the decision
		const after = await reviewer.context.request.get(`/api/v1/reviews/${review.id}/drafts`);
		expect(after.status()).toBe(409);
		expect((await getItem(editor.context.request, code)).status).toBe('returned');
	});
});

describe('the comparison picker', () => {
	it('offers the last published version, the last reviewed revision and checkpoints, not autosaves', async () => {
		const code = await publishedItem(3, '社会保障卡申领（比对）');
		const api = editor.context.request;
		// a morning of autosaves, then a submission that comes back
		for (const text of ['条件一', '条件一、条件二'])
			await saveDraft(api, code, (d) => {
				d.guide.conditions[0] = text;
			});
		const first = await submit(api, code);
		await ok(
			await reviewer.context.request.post(`/api/v1/reviews/${first.id}/return`, {
				data: { comments: [{ text: '请改用规范表述。' }] }
			})
		);
		for (const text of ['规范表述一', '规范表述二', '规范表述三'])
			await saveDraft(api, code, (d) => {
				d.guide.conditions[0] = text;
			});
		await submit(api, code);

		const { page } = reviewer;
		await open(page, `/review/${code}`);
		const picker = page.getByLabel('比对对象');
		const groups = await picker.locator('optgroup').evaluateAll((els) =>
			els.map((g) => ({
				label: g.getAttribute('label'),
				options: [...g.querySelectorAll('option')].map((o) => o.textContent?.trim())
			}))
		);
		expect(groups.map((g) => g.label)).toEqual(['已发布版本', '上次审核的版本']);
		expect(groups[0].options).toHaveLength(1);
		expect(groups[0].options[0]).toContain('已发布第 1 版');
		expect(groups[0].options[0]).toContain('（最近发布）');
		expect(groups[1].options).toHaveLength(1);
		expect(groups[1].options[0]).toMatch(
			/^第 \d+ 版草稿：已退回（reviewer，\d{4}-\d\d-\d\d \d\d:\d\d）$/
		);

		// comparing with the returned revision shows only what changed since the return
		await picker.selectOption({ index: 1 });
		await page.getByRole('button', { name: '比对', exact: true }).click();
		await page.waitForURL(/against=r\d+/);
		const section = page.getByTestId('against-published');
		await eventually(() => section.textContent()).toContain('规范表述三');
		const text = (await section.textContent()) ?? '';
		expect(text).toContain('条件一、条件二');
		expect(text).not.toContain(TEMPLATE.guide.conditions[0]);
	});

	it('after the first publication, no longer says the item was never published', async () => {
		const code = await publishedItem(4, '社会保障卡申领（首次发布）');
		const { page } = reviewer;
		await open(page, `/review/${code}`);
		const summary = page.getByTestId('diff-summary');
		await eventually(() => summary.textContent()).toContain('已发布为第 1 版');
		expect(await page.locator('body').textContent()).not.toContain('尚未发布过');
		expect(await page.getByTestId('item-status').textContent()).toBe('已发布');
	});
});

describe('the diff in a reviewer’s words', () => {
	it('shows labels and field titles, raw data only when opened, and times in Beijing time', async () => {
		const code = await publishedItem(5, '社会保障卡申领（标签）');
		await saveDraft(editor.context.request, code, (d) => {
			const photo = d.materials.find((m: Doc) => m.id === 'photo');
			photo.necessity = 'tolerable';
			photo.sharedExempt = false;
			d.form.schema.properties.applicant.properties.name.maxLength = 20;
		});
		await submit(editor.context.request, code);
		const revisions = await ok(await editor.context.request.get(`/api/v1/items/${code}/revisions`));
		// the list is newest first: the revision under review is the highest number
		const latest = (revisions.revisions as { n: number; createdAt: string }[]).reduce((a, b) =>
			b.n > a.n ? b : a
		);

		// a reviewer whose computer runs on New York time still reads Beijing time
		const context = await browser().newContext({
			baseURL: baseURL(),
			timezoneId: 'America/New_York',
			storageState: await reviewer.context.storageState()
		});
		const page = await context.newPage();
		await open(page, `/review/${code}`);
		const section = page.getByTestId('against-published');

		const necessity = section.locator('li.change', { hasText: '由必要改为' });
		await eventually(() => necessity.count()).toBe(1);
		expect(await necessity.locator('.sides').textContent()).toMatch(/必要.*容缺/);
		const exempt = section.locator('li.change', { hasText: '不再免提交' });
		expect(await exempt.locator('.sides').textContent()).toMatch(
			/^\s*修改前\s*是\s*修改后\s*否\s*$/
		);
		const field = section.locator('li.change', { hasText: '最多字数' });
		expect(await field.textContent()).toContain('申领人信息 › 姓名');

		const text = (await section.textContent()) ?? '';
		for (const raw of [
			'true',
			'false',
			'tolerable',
			'required',
			'maxLength',
			'applicant.name',
			'allOf'
		])
			expect(text, raw).not.toContain(raw);
		// raw JSON appears only when the reviewer opens it
		expect(await section.locator('pre:visible').count()).toBe(0);

		expect(await page.locator('header.review-head').textContent()).toContain(
			formatInstant(latest.createdAt)
		);
		await context.close();
	});
});

describe('the audit view', () => {
	it('lets a 效能监察 inspector filter who did what to an item, export it, and see the same trail on the item', async () => {
		const code = await newItem(6, '社会保障卡申领（审计）');
		await saveDraft(editor.context.request, code, (d) => {
			d.guide.conditions.push('申请人应当在本市参加社会保险。');
		});
		const review = await submit(editor.context.request, code);
		await ok(
			await reviewer.context.request.post(`/api/v1/reviews/${review.id}/return`, {
				data: { comments: [{ text: '请补充依据。' }] }
			})
		);

		// the administrator gives 效能监察 staff an account
		const admin = await newContext(browser(), { user: 'admin' });
		const created = await admin.context.request.post('/api/v1/admin/users', {
			data: { username: 'inspector1', password: 'inspect-2026', role: 'inspector' }
		});
		expect(created.status(), await created.text()).toBe(201);
		await admin.context.close();

		const { context, page } = await newContext(browser(), {
			user: 'inspector1',
			password: 'inspect-2026'
		});
		await open(page, '/');
		await page.getByRole('link', { name: '审计日志' }).click();
		await page.waitForURL('**/audit');
		await page.waitForLoadState('networkidle');
		await page.getByLabel('事项编码').fill(code);
		await page.getByLabel('操作', { exact: true }).selectOption({ label: '审核退回' });
		await page.getByRole('button', { name: '筛选', exact: true }).click();
		await page.waitForURL(/item=/);
		const rows = page.locator('[data-testid="audit-table"] tbody tr');
		await eventually(() => rows.count()).toBe(1);
		const cells = (await rows.first().locator('td').allTextContents()).map((c) => c.trim());
		expect(cells[1]).toBe('reviewer');
		expect(cells[2]).toBe('审核退回');
		expect(cells[3]).toBe(`item:${code}`);

		// who saved, with the document hashes before and after
		await page.getByLabel('操作', { exact: true }).selectOption({ label: '保存草稿' });
		await page.getByRole('button', { name: '筛选', exact: true }).click();
		await page.waitForURL(/action=item.save/);
		await eventually(() => rows.count()).toBe(1);
		const saved = (await rows.first().locator('td').allTextContents()).map((c) => c.trim());
		expect(saved[1]).toBe('editor');
		expect(saved[4]).toMatch(/^[0-9a-f]{12}$/);
		expect(saved[5]).toMatch(/^[0-9a-f]{12}$/);
		expect(saved[4]).not.toBe(saved[5]);

		// everything on the item today, as CSV
		await page.getByLabel('操作', { exact: true }).selectOption({ label: '全部' });
		await page.getByRole('button', { name: '筛选', exact: true }).click();
		await page.waitForURL((u) => !u.search.includes('action=item'));
		await eventually(() => rows.count()).toBe(4);
		const href = await page.getByTestId('audit-export').getAttribute('href');
		const csv = await context.request.get(href!);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const lines = (await csv.text())
			.replace(/^\ufeff/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe('时间,操作人,操作,操作代码,对象,修改前哈希,修改后哈希,详情');
		expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual([
			'审核退回',
			'提交审核',
			'保存草稿',
			'新建事项'
		]);
		await context.close();

		// the editor reads the same trail beside the item in the designer
		await open(editor.page, `/designer/items/${code}`);
		const trail = editor.page.getByTestId('item-trail');
		await trail.getByText('查看该事项的操作记录').click();
		const trailRows = trail.locator('tbody tr');
		await eventually(() => trailRows.count()).toBe(4);
		expect(await trailRows.first().textContent()).toContain('审核退回');
	});
});

describe('notifications', () => {
	it('tells the reviewer what waits and the editor what came back, in the header and to the OA webhook', async () => {
		// the province's OA system: refuses the first delivery, accepts the rest
		const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
		let calls = 0;
		const oa = createServer((req, res) => {
			let body = '';
			req.on('data', (c) => (body += c));
			req.on('end', () => {
				calls++;
				if (calls === 1) {
					res.writeHead(500).end();
					return;
				}
				received.push({ headers: req.headers, body });
				res.writeHead(204).end();
			});
		});
		await new Promise<void>((r) => oa.listen(0, '127.0.0.1', () => r()));
		const port = (oa.address() as AddressInfo).port;

		// the administrator creates the accounts and configures the webhook on the notifications page
		const admin = await newContext(browser(), { user: 'admin' });
		const department = TEMPLATE.department;
		const dept = (
			(await ok(await admin.context.request.get('/api/v1/admin/departments'))).departments as {
				code: string;
				creditCode: string | null;
			}[]
		).find((d) => d.creditCode === department.creditCode)!.code;
		for (const [username, role] of [
			['desk-reviewer', 'reviewer'],
			['desk-editor', 'editor']
		])
			await ok(
				await admin.context.request.post('/api/v1/admin/users', {
					data: {
						username,
						password: 'desk-2026-pass',
						role,
						...(role === 'editor' && { departments: [dept] })
					}
				})
			);
		await open(admin.page, '/notifications');
		await admin.page.getByLabel('推送地址').fill(`http://127.0.0.1:${port}/oa/banshi`);
		await admin.page.getByRole('button', { name: '添加推送地址' }).click();
		const secretBox = admin.page.getByTestId('webhook-secret');
		await eventually(() => secretBox.count()).toBe(1);
		const secret = (await secretBox.textContent())!.trim();

		// an editor submits a new item
		const author = await newContext(browser(), { user: 'desk-editor', password: 'desk-2026-pass' });
		const doc = await draftCopy(author, TEMPLATE, {
			code: codeOf(7),
			name: '社会保障卡申领（通知）'
		});
		await submit(author.context.request, doc.code);

		// the reviewer sees it waiting, in the header
		const desk = await newContext(browser(), { user: 'desk-reviewer', password: 'desk-2026-pass' });
		await open(desk.page, '/review');
		expect(await desk.page.getByTestId('unread-count').textContent()).toBe('1');
		await desk.page.getByTestId('notifications-link').click();
		await desk.page.waitForURL('**/notifications');
		await desk.page.waitForLoadState('networkidle');
		const note = desk.page.locator(`[data-testid="notifications"] li[data-code="${doc.code}"]`);
		expect(await note.textContent()).toContain(
			'desk-editor 提交了《社会保障卡申领（通知）》，等待审核'
		);
		await note.getByRole('link').click();
		await desk.page.waitForURL(`**/review/${doc.code}`);
		await eventually(() => desk.page.getByTestId('unread-count').count()).toBe(0);
		await desk.page.getByLabel('总体意见').fill('请补充办理依据。');
		await desk.page.getByRole('button', { name: '退回', exact: true }).click();
		await eventually(() => desk.page.getByTestId('item-status').textContent()).toBe('已退回');

		// the editor sees it came back
		await open(author.page, '/designer');
		expect(await author.page.getByTestId('unread-count').textContent()).toBe('1');
		await open(author.page, '/notifications');
		const back = author.page.locator(`[data-testid="notifications"] li[data-code="${doc.code}"]`);
		expect(await back.textContent()).toContain('被 desk-reviewer 退回');

		// the OA system got both events, signed, the refused one again after a retry
		await expect
			.poll(() => received.map((r) => JSON.parse(r.body).event).sort(), { timeout: 30_000 })
			.toEqual(['review-returned', 'review-waiting']);
		for (const r of received) {
			const expected =
				'sha256=' +
				createHmac('sha256', secret)
					.update(`${r.headers['x-banshi-timestamp']}.${r.body}`)
					.digest('hex');
			expect(r.headers['x-banshi-signature']).toBe(expected);
			expect(JSON.parse(r.body).item).toEqual({ code: doc.code, name: doc.name });
		}
		expect(calls).toBe(3);
		oa.close();
		await Promise.all([admin.context.close(), author.context.close(), desk.context.close()]);
	});
});
