// When a law changes (issue 16 part 5), told as the people involved live it: the administrator
// records an amendment of a registered law, sees every affected item and article, and opens the
// drafts with one action; the reviewer finds them grouped in the queue under the change; the editor
// links a basis to a registered law and article in the designer.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getItem, type Doc } from '../review/api';
import { draftCopy, ok, open, publish, signedIn, template } from './workflow';

const TEMPLATE = template('wild-plant-collection');
const tag = randomBytes(3).toString('hex');
const LAW_ID = `e2e-${tag}`;
const TITLE = `测试植物保护条例${tag}`;

const { admin, editor, reviewer } = signedIn('admin', 'editor', 'reviewer');

/** A new item of the editor citing `bases`, from the template under its own code and name. */
async function newItem(name: string, bases: Doc[], implementation?: Doc[]) {
	const item = await draftCopy(editor, TEMPLATE, { name: `${name}（${tag}）` }, (doc) => {
		doc.guide.legalBasis = bases;
		if (implementation) doc.guide.implementationBasis = implementation;
		else delete doc.guide.implementationBasis;
	});
	return item.code as string;
}

async function published(name: string, bases: Doc[], implementation?: Doc[]) {
	const code = await newItem(name, bases, implementation);
	await publish({ editor, reviewer }, code);
	return code;
}

const eventually = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

beforeAll(async () => {
	await ok(
		await admin.context.request.post('/api/v1/laws', {
			data: {
				id: LAW_ID,
				title: TITLE,
				docNumber: `测试令第${tag}号`,
				issuer: '国务院',
				level: 'administrative-regulation',
				effectiveOn: '1997-01-01',
				articles: ['十五', '十六', '十七', '十八'].map((n) => ({
					number: `第${n}条`,
					text: `第${n}条原文`
				}))
			}
		})
	);
});

describe('an amendment of a law', () => {
	it('opens the right drafts, and the reviewer finds them grouped in the queue', async () => {
		const cite = (article: string) => ({ law: `《${TITLE}》`, article, text: '旧条文' });
		const moved = await published('采集审批甲', [cite('第十六条')], [cite('第十五条')]);
		const untouched = await published('采集审批乙', [cite('第十八条')]);

		const { page } = admin;
		await open(page, `/admin/laws?law=${LAW_ID}`);
		await page.getByRole('heading', { name: `《${TITLE}》` }).waitFor();
		// a renumbering that does not read is refused at its field, nothing recorded
		const form = page.getByRole('region', { name: '记录变更' });
		const renumbered = form.getByRole('textbox', { name: '调整序号' });
		await form.getByRole('textbox', { name: '变更名称' }).fill('2026年修订');
		await form.getByLabel('施行日期', { exact: true }).fill('2026-03-01');
		await renumbered.fill('第十六条');
		await form.getByRole('button', { name: '记录', exact: true }).click();
		await page.getByTestId('change-errors').waitFor();
		expect(await renumbered.getAttribute('aria-invalid')).toBe('true');

		await renumbered.fill('第十六条 → 第十五条\n第十七条 → 第十六条');
		await form.getByRole('textbox', { name: '修改的条款' }).fill('第十五条 修订后的第十五条');
		await form.getByRole('textbox', { name: '删除的条款' }).fill('第十五条');
		await form.getByRole('button', { name: '记录', exact: true }).click();
		await page.getByRole('status').filter({ hasText: '已记录“2026年修订”' }).waitFor();

		// every affected item and article, and only those
		const impact = page.locator('[data-testid^=impact-]');
		await impact.waitFor();
		expect(await impact.locator('tbody tr').count()).toBe(1);
		const row = impact.locator(`tr[data-code="${moved}"]`);
		expect(await row.textContent()).toContain('更新为 第十五条');
		expect(await row.textContent()).toContain('条款已删除，待人工决定');
		expect(await impact.locator(`tr[data-code="${untouched}"]`).count()).toBe(0);

		await page.getByRole('button', { name: '为受影响的事项打开草稿' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: '已打开 1 份草稿，其中 1 份已送审核；0 个事项未处理' })
			.waitFor();
		const drafts = page.locator('[data-testid^=drafts-]');
		expect(await drafts.locator(`tr[data-code="${moved}"]`).textContent()).toContain('已送审核');

		// the draft: citation renumbered with the new text, the deleted one flagged; v1 as published
		const item = await getItem(editor.context.request, moved);
		expect(item.status).toBe('in-review');
		expect(item.document.guide.legalBasis[0]).toMatchObject({
			lawId: LAW_ID,
			article: '第十五条',
			text: '修订后的第十五条'
		});
		expect(item.document.guide.implementationBasis[0].needsDecision).toBe('article-deleted');
		const v1 = await ok(await page.request.get(`/api/v1/portal/items/${moved}/versions/1`));
		expect(v1.guide.legalBasis[0].article).toBe('第十六条');
		expect((await getItem(editor.context.request, untouched)).revision).toBe(1);

		// the reviewer works through the change's drafts together
		await open(reviewer.page, '/review');
		const group = reviewer.page.getByRole('region', { name: `法规变更：《${TITLE}》2026年修订` });
		await group.waitFor();
		const queued = group.locator(`tr[data-code="${moved}"]`);
		expect(await queued.count()).toBe(1);
		expect(Number(await queued.locator('td').last().textContent())).toBeGreaterThanOrEqual(1);

		// and anyone can ask which items cite the new 第十五条
		await open(admin.page, `/admin/laws?cite=${encodeURIComponent(TITLE)}&article=15`);
		const found = admin.page.getByTestId('citations');
		await found.waitFor();
		expect(await found.locator(`tr[data-code="${moved}"]`).count()).toBe(1);
		expect(await found.locator(`tr[data-code="${untouched}"]`).count()).toBe(0);
	});
});

describe('the legal basis editor', () => {
	it('links a basis to a registered law and article, filling in its name and text', async () => {
		const code = await newItem('采集审批丙', [{ law: '《某条例》' }]);
		const { page } = editor;
		await open(page, `/designer/items/${code}`);
		await page.getByRole('tab', { name: '办事指南' }).click();
		const legal = page.getByRole('group', { name: '设定依据' });
		await legal.getByRole('combobox', { name: '法规库' }).selectOption(LAW_ID);
		await legal.getByRole('combobox', { name: '条款', exact: true }).selectOption('第十八条');
		expect(await legal.getByLabel('法律法规名称').inputValue()).toBe(`《${TITLE}》`);
		await eventually(
			async () => (await getItem(editor.context.request, code)).document.guide.legalBasis[0]
		).toMatchObject({
			law: `《${TITLE}》`,
			lawId: LAW_ID,
			article: '第十八条',
			text: '第十八条原文'
		});
	});
});
