// Administration: departments, the working-day calendar override and the audit log. Validation of
// the calendar is the workdays module's; this stores what it accepts and audits the change.
import { isValidUscc } from '../../domain/formats';
import { validateCalendarData } from '../../domain/workdays';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit, auditFacets, countAudit, listAudit, type AuditFilter } from '../db/audit';
import { actionLabel, auditTranslator } from '../../domain/audit';
import { formatInstant, startOfDay } from '../../domain/time';
import { toCsv } from '../http/csv';
import { settingsInForce } from './settings';
import { currentCalendarOverride, insertCalendarOverride } from '../db/calendar';
import { isUniqueViolation } from '../db/errors';
import {
	findDepartmentByCreditCode,
	getDepartment,
	insertDepartment,
	listDepartments,
	updateDepartment,
	type DepartmentView
} from '../db/departments';
import { conflict, invalid, m, notFound, type FieldError } from '../errors';
import type { ServiceContext } from './context';
import { documentHash } from './hash';
import type { By } from './users';

const DEPARTMENT_CODE = /^[A-Za-z0-9_-]{1,64}$/;

function checkDepartmentFields(d: { code?: string; name?: string; creditCode?: string | null }) {
	const errors: FieldError[] = [];
	if (d.code !== undefined && !DEPARTMENT_CODE.test(d.code))
		errors.push({ pointer: '/code', message: m('server.department.badCode') });
	if (d.name !== undefined && d.name.trim() === '')
		errors.push({ pointer: '/name', message: m('server.department.emptyName') });
	if (d.creditCode != null && !isValidUscc(d.creditCode))
		errors.push({ pointer: '/creditCode', message: m('server.department.badCreditCode') });
	if (errors.length) throw invalid('invalid-department', { errors });
}

/** A new department, by an administrator or the command line. */
export async function createDepartment(
	c: Pick<ServiceContext, 'db'>,
	by: By,
	d: DepartmentView
): Promise<DepartmentView> {
	const { db } = c;
	checkDepartmentFields(d);
	if (await getDepartment(db, d.code))
		throw conflict('department-exists', m('server.department.exists', { code: d.code }));
	if (d.creditCode && (await findDepartmentByCreditCode(db, d.creditCode)))
		throw conflict('credit-code-taken', m('server.department.creditCodeTaken'));
	await insertDepartment(db, { code: d.code, name: d.name.trim(), creditCode: d.creditCode }).catch(
		(error) => {
			// the same code or credit code created at the same moment: the unique index decides
			throw isUniqueViolation(error)
				? conflict('department-exists', m('server.department.exists', { code: d.code }))
				: error;
		}
	);
	await appendAudit(db, {
		actorId: by.id,
		actor: by.username,
		action: 'department.create',
		subject: `department:${d.code}`,
		detail: { name: d.name, creditCode: d.creditCode }
	});
	return (await getDepartment(db, d.code))!;
}

export class AdminService {
	constructor(private readonly c: ServiceContext) {}

	/** Every department, for anyone signed in (the designer's and review screens' pickers). */
	async directory(actor: Actor | null): Promise<DepartmentView[]> {
		signedIn(actor);
		return listDepartments(this.c.db);
	}

	async departments(actor: Actor | null): Promise<DepartmentView[]> {
		authorize(actor, 'manage-departments');
		return listDepartments(this.c.db);
	}

	async createDepartment(actor: Actor | null, d: DepartmentView): Promise<DepartmentView> {
		return createDepartment(this.c, authorize(actor, 'manage-departments'), d);
	}

	async changeDepartment(
		actor: Actor | null,
		code: string,
		patch: { name?: string; creditCode?: string | null }
	): Promise<DepartmentView> {
		const user = authorize(actor, 'manage-departments');
		const { db } = this.c;
		checkDepartmentFields(patch);
		if (!(await getDepartment(db, code))) throw notFound(m('server.department.notFound', { code }));
		const taken = conflict('credit-code-taken', m('server.department.creditCodeTaken'));
		if (patch.creditCode) {
			const owner = await findDepartmentByCreditCode(db, patch.creditCode);
			if (owner && owner.code !== code) throw taken;
		}
		await updateDepartment(db, code, { ...patch, name: patch.name?.trim() }).catch((error) => {
			// another department took the credit code meanwhile: the unique index decides
			throw isUniqueViolation(error) ? taken : error;
		});
		await appendAudit(db, {
			actorId: user.id,
			actor: user.username,
			action: 'department.update',
			subject: `department:${code}`,
			detail: patch
		});
		return (await getDepartment(db, code))!;
	}

	async calendar(actor: Actor | null) {
		authorize(actor, 'manage-calendar');
		return (await currentCalendarOverride(this.c.db)) ?? null;
	}

	/** Replaces the holiday schedule in force; the answer is the override now in force. */
	async putCalendar(actor: Actor | null, data: unknown) {
		const user = authorize(actor, 'manage-calendar');
		const { db, locale } = this.c;
		const problems = validateCalendarData(data, locale);
		if (problems.length)
			throw invalid('invalid-calendar', {
				detail: m('server.calendar.unchanged'),
				errors: problems.map((p) => ({ pointer: p.pointer, message: p.message, code: p.code }))
			});
		const before = await currentCalendarOverride(db);
		const id = await insertCalendarOverride(db, data as Record<string, unknown>, user.id);
		await appendAudit(db, {
			actorId: user.id,
			actor: user.username,
			action: 'calendar.update',
			subject: 'calendar',
			beforeHash: before ? documentHash(before.data) : null,
			afterHash: documentHash(data)
		});
		return { override: (await currentCalendarOverride(db))!, id };
	}

	async audit(actor: Actor | null, q: AuditQuery) {
		authorize(actor, 'read-audit');
		const f = auditFilter(q, await this.zone());
		const [entries, total] = await Promise.all([listAudit(this.c.db, f), countAudit(this.c.db, f)]);
		return { entries, total };
	}

	/** Who and what occur in the log, for the view's pickers. */
	async auditFacets(actor: Actor | null) {
		authorize(actor, 'read-audit');
		return auditFacets(this.c.db);
	}

	/** The deployment's zone: the settings in force (BANSHI_TIME_ZONE while none are saved). */
	private async zone(): Promise<string> {
		return (await settingsInForce(this.c.db)).settings.timeZone;
	}

	/** The filtered log as CSV, newest first, with times in the deployment's zone. */
	async auditCsv(actor: Actor | null, q: Omit<AuditQuery, 'limit' | 'offset'>): Promise<string> {
		authorize(actor, 'read-audit');
		const zone = await this.zone();
		const entries = await listAudit(this.c.db, { ...auditFilter(q, zone), limit: MAX_EXPORT });
		const t = auditTranslator(this.c.locale);
		return toCsv([
			[
				t('audit.col.at'),
				t('audit.col.actor'),
				t('audit.col.action'),
				t('audit.col.actionCode'),
				t('audit.col.subject'),
				t('audit.col.before'),
				t('audit.col.after'),
				t('audit.col.detail')
			],
			...entries.map((e) => [
				formatInstant(e.at, { timeZone: zone }),
				e.actor,
				actionLabel(e.action, this.c.locale),
				e.action,
				e.subject,
				e.beforeHash ?? '',
				e.afterHash ?? '',
				JSON.stringify(e.detail)
			])
		]);
	}
}

const MAX_EXPORT = 100_000;

export interface AuditQuery {
	subject?: string;
	actor?: string;
	action?: string;
	item?: string;
	from?: string;
	to?: string;
	limit?: number;
	offset?: number;
}

/** Days are the deployment's days: "to 12月5日" ends at midnight Beijing time. */
function auditFilter(q: AuditQuery, zone: string): AuditFilter {
	const next = (day: string) => {
		const d = new Date(`${day}T00:00:00Z`);
		d.setUTCDate(d.getUTCDate() + 1);
		return d.toISOString().slice(0, 10);
	};
	return {
		actor: q.actor || undefined,
		action: q.action || undefined,
		subject: q.item ? `item:${q.item}` : q.subject || undefined,
		from: q.from ? startOfDay(q.from, zone) : undefined,
		until: q.to ? startOfDay(next(q.to), zone) : undefined,
		limit: q.limit ?? 100,
		offset: q.offset ?? 0
	};
}
