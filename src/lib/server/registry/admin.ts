// Administration: departments and the working-day calendar override. Validation of the calendar is
// the workdays module's; this stores what it accepts and audits the change.
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import { msg } from '../../domain/i18n';
import { isValidUscc } from '../../domain/formats';
import { validateCalendarData } from '../../domain/workdays';
import { appendAudit } from '../db/audit';
import { currentCalendarOverride, insertCalendarOverride } from '../db/calendar';
import {
	findDepartmentByCreditCode,
	getDepartment,
	insertDepartment,
	updateDepartment,
	type DepartmentView
} from '../db/departments';
import type { Database } from '../db/schema';
import type { By } from './users';
import type { Actor } from '../auth/actor';
import { conflict, notFound, problem, type ProblemError } from '../http/problem';
import { documentHash } from './hash';

const DEPARTMENT_CODE = /^[A-Za-z0-9_-]{1,64}$/;

function checkDepartmentFields(
	d: { code?: string; name?: string; creditCode?: string | null },
	locale: Locale
): void {
	const errors: ProblemError[] = [];
	if (d.code !== undefined && !DEPARTMENT_CODE.test(d.code))
		errors.push({
			pointer: '/code',
			message: msg(
				locale,
				'部门代码须为 1–64 位字母、数字、下划线或连字符',
				'code must be 1–64 letters, digits, _ or -'
			)
		});
	if (d.name !== undefined && d.name.trim() === '')
		errors.push({
			pointer: '/name',
			message: msg(locale, '部门名称不能为空', 'name must not be empty')
		});
	if (d.creditCode != null && !isValidUscc(d.creditCode))
		errors.push({
			pointer: '/creditCode',
			message: msg(locale, '统一社会信用代码无效', 'invalid unified social credit code')
		});
	if (errors.length)
		throw problem(locale, 422, 'invalid-department', ['部门信息有误', 'Invalid department'], {
			errors
		});
}

export async function createDepartment(
	db: Kysely<Database>,
	actor: By,
	d: DepartmentView,
	locale: Locale
): Promise<DepartmentView> {
	checkDepartmentFields(d, locale);
	if (await getDepartment(db, d.code))
		throw conflict(locale, 'department-exists', [
			`部门 ${d.code} 已存在。`,
			`Department ${d.code} exists.`
		]);
	if (d.creditCode && (await findDepartmentByCreditCode(db, d.creditCode)))
		throw conflict(locale, 'credit-code-taken', [
			'该统一社会信用代码已属于另一个部门。',
			'That credit code belongs to another department.'
		]);
	await insertDepartment(db, { code: d.code, name: d.name.trim(), creditCode: d.creditCode });
	await appendAudit(db, {
		actorId: actor.id,
		actor: actor.username,
		action: 'department.create',
		subject: `department:${d.code}`,
		detail: { name: d.name, creditCode: d.creditCode }
	});
	return (await getDepartment(db, d.code))!;
}

export async function changeDepartment(
	db: Kysely<Database>,
	actor: By,
	code: string,
	patch: { name?: string; creditCode?: string | null },
	locale: Locale
): Promise<DepartmentView> {
	checkDepartmentFields(patch, locale);
	if (!(await getDepartment(db, code)))
		throw notFound(locale, [`部门 ${code} 不存在。`, `Department ${code} does not exist.`]);
	await updateDepartment(db, code, { ...patch, name: patch.name?.trim() });
	await appendAudit(db, {
		actorId: actor.id,
		actor: actor.username,
		action: 'department.update',
		subject: `department:${code}`,
		detail: patch
	});
	return (await getDepartment(db, code))!;
}

export async function putCalendar(
	db: Kysely<Database>,
	actor: Actor,
	data: unknown,
	locale: Locale
): Promise<{ id: number }> {
	const problems = validateCalendarData(data, locale);
	if (problems.length)
		throw problem(locale, 422, 'invalid-calendar', ['节假日数据有误', 'Invalid calendar data'], {
			detail: [
				'数据未保存，正在使用的日历不变。',
				'Nothing was saved; the calendar in use is unchanged.'
			],
			errors: problems.map((p) => ({ pointer: p.pointer, message: p.message, code: p.code }))
		});
	const before = await currentCalendarOverride(db);
	const id = await insertCalendarOverride(db, data as Record<string, unknown>, actor.id);
	await appendAudit(db, {
		actorId: actor.id,
		actor: actor.username,
		action: 'calendar.update',
		subject: 'calendar',
		beforeHash: before ? documentHash(before.data) : null,
		afterHash: documentHash(data)
	});
	return { id };
}
