import type { Kysely } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database>;

/** Each upload is kept; the newest is in force, so an administrator can see what changed when. */
export async function insertCalendarOverride(
	db: Db,
	data: Record<string, unknown>,
	createdBy: number
): Promise<number> {
	const r = await db
		.insertInto('calendar_overrides')
		.values({ data: JSON.stringify(data), created_by: createdBy })
		.returning('id')
		.executeTakeFirstOrThrow();
	return r.id;
}

export async function currentCalendarOverride(
	db: Db
): Promise<{ id: number; data: Record<string, unknown>; createdAt: string } | undefined> {
	const r = await db
		.selectFrom('calendar_overrides')
		.selectAll()
		.orderBy('id', 'desc')
		.executeTakeFirst();
	return r && { id: r.id, data: r.data, createdAt: r.created_at.toISOString() };
}

export interface CalendarYearRow {
	id: number;
	year: number;
	holidays: string[];
	workdays: string[];
	notice: string;
	createdBy: string;
	createdAt: string;
}

/** A year loaded from the State Council notice; each load is kept, the newest is in force. */
export async function insertCalendarYear(
	db: Db,
	y: { year: number; holidays: string[]; workdays: string[]; notice: string },
	createdBy: number
): Promise<number> {
	const r = await db
		.insertInto('calendar_years')
		.values({
			year: y.year,
			holidays: JSON.stringify(y.holidays),
			workdays: JSON.stringify(y.workdays),
			notice: y.notice,
			created_by: createdBy
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return r.id;
}

/** The loaded years in force (the newest load of each year), by year. */
export async function currentCalendarYears(db: Db): Promise<CalendarYearRow[]> {
	const rows = await db
		.selectFrom('calendar_years as c')
		.innerJoin('users as u', 'u.id', 'c.created_by')
		.select([
			'c.id',
			'c.year',
			'c.holidays',
			'c.workdays',
			'c.notice',
			'c.created_at',
			'u.username'
		])
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('calendar_years as newer')
						.select('newer.id')
						.whereRef('newer.year', '=', 'c.year')
						.whereRef('newer.id', '>', 'c.id')
				)
			)
		)
		.orderBy('c.year')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		year: r.year,
		holidays: r.holidays,
		workdays: r.workdays,
		notice: r.notice,
		createdBy: r.username,
		createdAt: r.created_at.toISOString()
	}));
}
