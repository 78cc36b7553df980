// The reduction scorecard for supervisors (效能监察), reviewers and administrators: the facts of
// every published version in two queries, the figures computed by the domain.
import type { ScorecardCsvQuery, ScorecardQuery } from '../../api/schemas/scorecard';
import {
	MAX_MONTHS,
	departmentRows,
	defaultFrom,
	monthRows,
	monthsOf,
	scorecard,
	type Scorecard
} from '../../domain/scorecard';
import { formatInstant } from '../../domain/time';
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/authorize';
import { listScorecardFacts, listScorecardRetirements } from '../db/scorecard';
import { badRequest, m } from '../errors';
import { toCsv } from '../http/csv';
import type { ServiceContext } from './context';
import { timeZoneFromEnv } from './settings';

export class ScorecardService {
	private readonly zone = timeZoneFromEnv();

	constructor(private readonly c: ServiceContext) {}

	/** The figures of the catalogue, or of one department, over the period asked. */
	async scorecard(actor: Actor | null, q: ScorecardQuery): Promise<Scorecard> {
		authorize(actor, 'read-scorecard');
		const today = formatInstant(new Date(), { timeZone: this.zone, precision: 'day' });
		const to = q.to ?? today;
		const from = q.from ?? defaultFrom(to);
		if (from > to || monthsOf(from, to).length > MAX_MONTHS)
			throw badRequest(m('server.scorecard.period', { max: MAX_MONTHS }));
		const [versions, retirements] = await Promise.all([
			listScorecardFacts(this.c.db),
			listScorecardRetirements(this.c.db)
		]);
		return scorecard(
			{ versions, retirements },
			{ department: q.department, from, to, today, timeZone: this.zone }
		);
	}

	/** The same figures as CSV: one row per department, or one per month. */
	async csv(actor: Actor | null, q: ScorecardCsvQuery): Promise<string> {
		const { table, ...query } = q;
		const card = await this.scorecard(actor, query);
		return toCsv(
			table === 'months' ? monthRows(card, this.c.locale) : departmentRows(card, this.c.locale)
		);
	}
}
