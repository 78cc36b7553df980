// Filling 开办餐饮店“一件事”'s one form as a citizen opening a restaurant would, wherever it is shown:
// the portal's apply page or the widget on another site (the locators reach into its shadow root).
import type { Page } from 'playwright-core';
import { pdf } from './portal-helpers';

/** 开办餐饮店“一件事”, published by the demo content, and its members. */
export const RESTAURANT = 'YJS-410100-0001';
export const REGISTRATION = '1141010000580322433000131128000';
export const FOOD = '1141010000580322433000131029000';
export const HYGIENE = '11410100005803240Q3000119004000';

/** A pointer as the renderer spells it in ids (src/lib/form/paths.ts, fieldId). */
const fieldId = (ptr: string) =>
	ptr.replace(/[^A-Za-z0-9/]/g, (c) => `-${c.codePointAt(0)!.toString(36)}-`).replace(/\//g, '_');

/** A control of the merged form by its JSON pointer (the renderer's ids end with its spelling). */
const field =
	(page: Page) =>
	(pointer: string, suffix = '') =>
		page.locator(`[id$="${fieldId(pointer)}${suffix}"]`);

async function region(page: Page, pointer: string) {
	const f = field(page);
	await f(pointer).selectOption({ label: '河南省' });
	await f(pointer, '-1').selectOption({ label: '郑州市' });
	await f(pointer, '-2').selectOption({ label: '金水区' });
}

/** Every field and document, the equipment list left out (容缺), and the commitment signed. */
export async function fillRestaurant(page: Page) {
	const f = field(page);
	// shared details, entered once for the three departments
	await f('/shared/legal-representative-name').fill('张伟');
	await f('/shared/legal-representative-id-number').fill('410105198506123017');
	await f('/shared/mobile').fill('13803710002');
	await f('/shared/business-name').fill('示范市金水区张记面馆');
	await region(page, '/shared/premises-region');
	await f('/shared/premises-address').fill('示范市金水区农业路23号一层');
	await f('/shared/credit-code').fill('91410105MA9GK3T858');
	await region(page, '/shared/region');
	await f('/shared/address').fill('示范市金水区农业路23号');

	// 个体工商户登记
	const agents = page.getByRole('group', { name: '是否委托代理人办理' });
	await page.getByRole('group', { name: '性别' }).getByLabel('男').check();
	await f(`/${REGISTRATION}/operator/address`).fill('示范市金水区农业路23号');
	await page.getByRole('group', { name: '组成形式' }).getByLabel('个人经营').check();
	await f(`/${REGISTRATION}/business/scope`).fill('餐饮服务（热食类食品制售）');
	await f(`/${REGISTRATION}/business/capital`).fill('20');
	await f(`/${REGISTRATION}/business/employees`).fill('4');
	await page
		.getByRole('group', { name: '经营范围是否涉及登记前须经批准的项目' })
		.getByLabel('否')
		.check();
	await agents.nth(0).getByLabel('否').check();
	// 食品经营许可
	await page.getByRole('group', { name: '主体业态' }).getByLabel('餐饮服务经营者').check();
	await f(`/${FOOD}/business/area`).fill('86.5');
	await page.getByRole('group', { name: '经营项目' }).getByLabel('热食类食品制售').check();
	await page.getByRole('group', { name: '是否从事网络经营' }).getByLabel('否').check();
	await f(`/${FOOD}/safetyManagers/0/name`).fill('张伟');
	await f(`/${FOOD}/safetyManagers/0/idNumber`).fill('410105198506123017');
	await f(`/${FOOD}/safetyManagers/0/mobile`).fill('13803710002');
	await agents.nth(1).getByLabel('否').check();
	// 公共场所卫生许可
	await f(`/${HYGIENE}/venue/name`).fill('张记面馆');
	await page
		.getByRole('group', { name: '许可项目（场所类别）' })
		.getByLabel('商场（店）、书店')
		.check();
	await f(`/${HYGIENE}/venue/area`).fill('86.5');
	await page.getByRole('group', { name: '是否使用集中空调通风系统' }).getByLabel('否').check();
	await f(`/${HYGIENE}/staff/0/name`).fill('李娜');
	await f(`/${HYGIENE}/staff/0/idNumber`).fill('110105198506151236');
	await f(`/${HYGIENE}/staff/0/healthCheckDate`).fill('2025-11-02');
	await page.getByRole('group', { name: '是否选择告知承诺方式办理' }).getByLabel('否').check();
	await agents.nth(2).getByLabel('否').check();

	// the documents: the site plan once for both licences; the equipment list left out (容缺)
	await page.getByLabel(/^个体工商户登记（备案）申请书/).setInputFiles(pdf('登记申请书.pdf'));
	await page.getByLabel(/^经营场所使用相关文件/).setInputFiles(pdf('租赁合同.pdf'));
	await page.getByLabel(/^食品经营许可申请书/).setInputFiles(pdf('许可申请书.pdf'));
	await page.getByLabel(/^食品安全自查/).setInputFiles(pdf('制度.pdf'));
	await page.getByLabel(/^场所平面图/).setInputFiles(pdf('平面图.pdf'));
	await page.getByLabel(/^公共场所卫生许可申请表/).setInputFiles(pdf('卫生申请表.pdf'));
	await page.getByLabel(/^公共场所卫生检测或者评价报告/).setInputFiles(pdf('检测报告.pdf'));
	await page.getByLabel(/^公共场所卫生管理制度/).setInputFiles(pdf('卫生制度.pdf'));
	await page.getByLabel('本人已阅读并签署上述告知承诺书').check();
}
