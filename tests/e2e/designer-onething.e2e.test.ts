// 一件事 in the designer and on the review desk, as the people doing it live it: an editor builds a
// one-thing from three published items, accepts the shared fields the members' semantic keys
// suggest, sees the conflict those keys hide (named with its members) and settles it, gives a member
// a condition over a shared field, fills in the one-thing's guide, previews the merged form and
// submits; a reviewer approves and publishes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../review/api';
import { ok, open, publish, publishedCopy, signedIn, template } from './workflow';

const TEMPLATE = template('social-security-card');
const stamp = String(Date.now() % 1e6).padStart(6, '0');
const codeOf = (n: number) => `${TEMPLATE.code.slice(0, -6)}${String(700 + n)}${stamp.slice(-3)}`;

const { editor, reviewer } = signedIn('editor', 'reviewer');

/**
 * A published member: the template with the applicant's name, ID number and mobile marked with
 * their semantic keys, and a premises area (经营场所面积) marked too, as a number or as text.
 */
async function publishedMember(n: number, name: string, area: 'number' | 'string' | null) {
	const code = await publishedCopy(
		{ editor, reviewer },
		TEMPLATE,
		{ code: codeOf(n), name },
		(doc) => {
			const ui = doc.form.uiSchema;
			ui.applicant.name = { ...ui.applicant.name, 'ui:semantic': 'applicant-name' };
			ui.applicant.idNumber = { ...ui.applicant.idNumber, 'ui:semantic': 'applicant-id-number' };
			ui.applicant.mobile = { ...ui.applicant.mobile, 'ui:semantic': 'mobile' };
			if (area) {
				doc.form.schema.properties.area = { type: area, title: '经营场所面积' };
				ui.area = { 'ui:semantic': 'premises-area' };
				ui['ui:order'] = [...ui['ui:order'], 'area'];
			}
		}
	);
	return { code, name };
}

/** A member publishes its next version (a guide change), through submit, approval and publish. */
async function republish(code: string) {
	const item = await ok(await editor.context.request.get(`/api/v1/items/${code}`));
	const doc = structuredClone(item.document);
	doc.guide.conditions = [...doc.guide.conditions, '新增受理条件。'];
	await ok(
		await editor.context.request.put(`/api/v1/items/${code}/draft`, {
			data: { baseRevision: item.revision, document: doc }
		})
	);
	await publish({ editor, reviewer }, code);
}

const eventually = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

describe('一件事: built from three published items, reviewed and published', () => {
	let members: { code: string; name: string }[];
	let code = '';
	const name = `开办餐饮店一件事（${stamp}）`;

	beforeAll(async () => {
		members = [
			await publishedMember(1, `个体工商户登记（一件事 ${stamp}）`, 'number'),
			await publishedMember(2, `食品经营许可（一件事 ${stamp}）`, null),
			await publishedMember(3, `公共场所卫生许可（一件事 ${stamp}）`, 'string')
		];
	}, 120_000);

	it('the editor creates it from the catalog, picks three members and maps the shared fields', async () => {
		const { page } = editor;
		await open(page, '/designer');
		await page.getByRole('tab', { name: '一件事' }).click();
		await page.getByRole('button', { name: '新建一件事' }).click();
		const dialog = page.getByRole('dialog', { name: '新建一件事' });
		await dialog.getByLabel('一件事名称').fill(name);
		await dialog.getByLabel('牵头部门').selectOption({ label: TEMPLATE.department.name });
		await dialog.getByRole('button', { name: '创建' }).click();
		await page.waitForURL('**/designer/onethings/**');
		code = decodeURIComponent(page.url().split('/designer/onethings/')[1]);
		await page.getByRole('tablist').waitFor();

		// the one-thing's own facts first: until they are complete the preview only lists what is
		// missing (beside the conflicts)
		await page.getByRole('tab', { name: '基本信息' }).click();
		await page.getByLabel('主题名称').fill('开办餐馆');
		await page.getByRole('tab', { name: '办事指南' }).click();
		await page.getByLabel('一件事简介').fill('开办餐饮店所需的登记与许可，一次申请、一窗受理。');
		await page.getByRole('button', { name: '添加环节' }).click();
		await page.getByLabel('第 1 步 · 环节名称').fill('一窗受理');
		await page.getByRole('button', { name: '添加环节' }).click();
		await page.getByLabel('第 2 步 · 环节名称').fill('并联审批');
		// the members are 即办 (0 working days): joined, no slower than apart
		await page.getByLabel('时限', { exact: true }).fill('0');
		await page.getByLabel('窗口名称').fill('政务服务中心综合窗口');
		await page.getByLabel('地址').fill('示范市人民路 1 号');
		await page.getByLabel('办公时间').fill('工作日 9:00-17:00');
		await page.getByLabel('咨询电话（每行一个）').fill('0371-12345678');
		await page.getByLabel('咨询电话（每行一个）').blur();

		// members: search the published items and add the three
		await page.getByRole('tab', { name: '成员事项' }).click();
		for (const m of members) {
			await page.getByLabel('搜索已发布事项').fill(m.name);
			await page.getByRole('button', { name: '搜索', exact: true }).click();
			await page.getByRole('button', { name: `添加 ${m.name}` }).click();
			await eventually(() => page.getByText(`已添加成员事项 ${m.name}。`).count()).toBe(1);
		}
		const rows = page.getByTestId('members').locator('tbody tr');
		await eventually(() => rows.count()).toBe(3);
		// one member pinned to its published version, the others follow the latest
		await page.getByLabel(`${members[1].name} 的版本`).selectOption('1');

		// shared fields: the members' semantic keys suggest them; accept them all
		await page.getByRole('tab', { name: '共享字段' }).click();
		const suggestions = page.getByTestId('suggestions').locator('[data-suggestion]');
		await eventually(() => suggestions.count()).toBeGreaterThanOrEqual(3);
		expect(await page.locator('[data-suggestion="premises-area"]').count()).toBe(1);
		expect(await page.locator('[data-suggestion="applicant-name"]').textContent()).toContain(
			members[2].name
		);
		await page.getByRole('button', { name: '全部接受' }).click();
		await eventually(() => page.getByTestId('shared-announce').textContent()).toContain(
			'已合并：申请人姓名（名称）'
		);
		// what is left are the weaker same-title suggestions, decided one by one
		await eventually(() =>
			page.locator('[data-testid="suggestions"] [data-strength="key"]').count()
		).toBe(0);
		expect(await page.getByTestId('mappings').locator('li[data-key]').count()).toBeGreaterThan(2);
	});

	it('sees the conflict named with its members, goes to its mapping and keeps the fields apart', async () => {
		const { page } = editor;
		const conflict = page.getByTestId('conflicts').locator('[data-conflict="premises-area"]');
		await eventually(() => conflict.count()).toBeGreaterThan(0);
		const text = (await conflict.allTextContents()).join('\n');
		expect(text).toContain(members[0].name);
		expect(text).toContain(members[2].name);
		expect(text).not.toContain(members[1].name);
		await conflict
			.first()
			.getByRole('button', { name: '查看 经营场所面积（平方米） 的映射' })
			.click();
		// focus moved to the mapping of the key
		await eventually(() =>
			page.evaluate(() => document.activeElement?.getAttribute('data-key'))
		).toBe('premises-area');
		await page.getByRole('button', { name: '经营场所面积（平方米）：改为分开填写' }).click();
		await eventually(() => page.getByTestId('conflicts').textContent()).toContain('没有冲突');
	});

	it('gives a member a condition with the builder, sees it after a reload, and the simulator applies it', async () => {
		const { page } = editor;
		const hygiene = members[2];
		await page.getByRole('tab', { name: '成员事项' }).click();
		const row = page.getByTestId('members').locator('tbody tr', { hasText: hygiene.name });
		const toggle = row.locator('td > details > summary');
		await toggle.click();
		const condition = row.getByRole('group', { name: `${hygiene.name} 的适用条件`, exact: true });
		// the builder offers the shared fields once the preview has merged them
		const mode = condition.getByLabel('适用情形');
		await eventually(() => mode.count()).toBe(1);
		await mode.selectOption({ label: '仅在满足以下条件时适用' });
		const field = condition.getByLabel('字段', { exact: true });
		await field.selectOption('shared.mobile');
		// the comparison by keyboard: focus it and pick "已填写"
		const op = condition.getByLabel('比较', { exact: true });
		await op.focus();
		await page.keyboard.press('End'); // 未填写
		await page.keyboard.press('ArrowUp'); // 已填写
		await eventually(() => op.inputValue()).toBe('filled');
		expect(await toggle.textContent()).toBe('有条件');
		await eventually(() => page.getByTestId('save-status').getAttribute('data-state')).toBe(
			'saved'
		);

		// reloaded, the condition reads back into the builder; its JSON stays at hand
		await open(page, `/designer/onethings/${encodeURIComponent(code)}`);
		await page.getByRole('tab', { name: '成员事项' }).click();
		await toggle.click();
		await eventually(() => condition.getByLabel('字段', { exact: true }).inputValue()).toBe(
			'shared.mobile'
		);
		expect(await condition.getByLabel('比较', { exact: true }).inputValue()).toBe('filled');
		expect(await condition.getByLabel('适用情形').inputValue()).toBe('when');
		await condition.getByText('以 JSON 查看或编辑').click();
		const json = JSON.parse(
			await condition
				.getByLabel(`${hygiene.name} 的适用条件（JSON Schema，对合并表单数据）`)
				.inputValue()
		) as unknown;
		expect(json).toEqual({
			properties: { shared: { required: ['mobile'] } },
			required: ['shared']
		});

		// the simulator: without a mobile number the member does not apply; with one it does
		await page.getByRole('tab', { name: '预览与模拟' }).click();
		const decision = page.getByTestId('onething-decision');
		const verdict = decision.locator(`[data-member="${hygiene.code}"]`);
		await page.getByRole('button', { name: '模拟受理' }).click();
		await eventually(() => verdict.textContent()).toContain('不适用（条件不成立）');
		const mobile = page.getByTestId('onething-preview').getByRole('textbox', { name: /手机号码/ });
		await eventually(() => mobile.count()).toBe(1);
		// the simulator follows the form as it is filled in
		await mobile.fill('13800138000');
		await eventually(() => verdict.textContent()).toContain('补正');
		expect(await verdict.textContent()).not.toContain('不适用');
		// the next step starts from an empty form and a simulator not yet run
		await open(page, `/designer/onethings/${encodeURIComponent(code)}`);
	});

	it('previews the merged form with the shared name once, simulates, and submits', async () => {
		const { page } = editor;
		await page.getByRole('tab', { name: '预览与模拟' }).click();
		const form = page.getByTestId('onething-preview');
		// the applicant's name is asked once for the three members, under the shared key's name
		const shared = form.getByRole('textbox', { name: /申请人姓名（名称）/ });
		await eventually(() => shared.count()).toBe(1);

		// the simulator: nothing handed in yet, so one verdict (补正) with every member's own
		await page.getByRole('button', { name: '模拟受理' }).click();
		const decision = page.getByTestId('onething-decision');
		await eventually(() => decision.textContent()).toContain('一件事结论：补正');
		const verdicts = (await decision.locator('[data-member]').allTextContents()).join('\n');
		for (const m of members) expect(verdicts).toContain(m.name);
		expect(await decision.textContent()).toContain('一次性告知：还需提交');

		await eventually(() => page.getByTestId('save-status').getAttribute('data-state')).toBe(
			'saved'
		);
		await page.getByRole('button', { name: '提交审核' }).click();
		await eventually(() => page.getByTestId('workflow-message').textContent()).toContain(
			'已提交审核'
		);
	});

	it('the reviewer finds it on the queue, approves and publishes it', async () => {
		const { page } = reviewer;
		await open(page, '/review');
		const row = page.getByTestId('review-queue').locator(`tr[data-code="${code}"]`);
		await eventually(() => row.count()).toBe(1);
		expect(await row.textContent()).toContain('一件事');
		expect(await row.getByTestId('members-changed').count()).toBe(0);
		await row.getByRole('link', { name }).click();
		await page.waitForURL(`**/review/onethings/${code}`);
		await page.getByTestId('onething-diff').waitFor();
		expect(await page.getByTestId('onething-diff').textContent()).toContain('首次发布');
		expect(await page.getByTestId('review-members').locator('tbody tr').count()).toBe(3);
		expect(await page.getByTestId('members-changed').count()).toBe(0);

		await page.getByRole('button', { name: '批准' }).click();
		await eventually(() => page.getByTestId('onething-status').textContent()).toContain(
			'已通过审核'
		);
		await page.getByRole('button', { name: '发布' }).click();
		await eventually(() => page.getByText(/已发布第 1 版/).count()).toBe(1);

		const portal = await reviewer.context.request.get(`/api/v1/portal/onethings/${code}`);
		expect(portal.ok()).toBe(true);
		const bundle = (await portal.json()) as Doc;
		expect(bundle.members.map((m: Doc) => m.code)).toEqual(members.map((m) => m.code));
	});

	it('a changed one-thing is reviewed against its published version, and a member that publishes anew is flagged', async () => {
		const api = editor.context.request;
		const current = await ok(await api.get(`/api/v1/onethings/${code}`));
		const doc = structuredClone(current.document);
		doc.guide.summary = '开办餐饮店：营业执照、食品经营许可、卫生许可一次办。';
		await ok(
			await api.put(`/api/v1/onethings/${code}/draft`, {
				data: { baseRevision: current.revision, document: doc }
			})
		);
		await ok(await api.post(`/api/v1/onethings/${code}/submit`));
		// after the submission, a member following the latest version publishes its next one
		await republish(members[0].code);

		const { page } = reviewer;
		await open(page, '/review');
		const row = page.getByTestId('review-queue').locator(`tr[data-code="${code}"]`);
		await eventually(() => row.getByTestId('members-changed').count()).toBe(1);
		await row.getByRole('link', { name }).click();
		await page.waitForURL(`**/review/onethings/${code}`);
		const diff = page.getByTestId('onething-diff');
		await diff.waitFor();
		expect(await diff.textContent()).toContain('对比第 1 版');
		expect(await diff.locator('li.change').count()).toBeGreaterThan(0);
		const changed = page.getByTestId('members-changed');
		expect(await changed.textContent()).toContain(members[0].name);
		expect(await changed.textContent()).toContain('现为第 2 版');
	});
});
