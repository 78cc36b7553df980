// The reduction scorecard (issue 16, part 4): its query and its answer, the figures defined in
// src/lib/domain/scorecard/scorecard.ts. Shares are fractions 0…1.
import Type, { type Static } from 'typebox';
import { Closed, Day, Nullable } from './common';

export const ScorecardQuery = Closed({
	/** a department code; absent: the whole catalogue */
	department: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' })),
	/** first day of the period (default: the first day of the 12th month before `to`) */
	from: Type.Optional(Day),
	/** last day of the period, inclusive (default: today in the deployment's zone) */
	to: Type.Optional(Day)
});

export const ScorecardCsvQuery = Closed({
	department: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' })),
	from: Type.Optional(Day),
	to: Type.Optional(Day),
	/** one row per department (default) or one per month */
	table: Type.Enum(['departments', 'months'], { default: 'departments' })
});

const Count = Type.Integer({ minimum: 0 });
const Share = Type.Number({ minimum: 0, maximum: 1 });
const Mean = Type.Number();

const RiskCoverage = Closed({ items: Count, tolerant: Count, share: Share });

export const ScorecardFigures = Closed({
	items: Count,
	materials: Closed({
		total: Count,
		perItem: Mean,
		sharedExempt: Count,
		exemptShare: Share,
		toSubmitPerItem: Mean,
		itemsWithExempt: Count
	}),
	timeLimits: Closed({
		comparable: Count,
		/** mean of (legal − promised) / legal; negative when promises exceed the law */
		compressionRate: Type.Number(),
		legalWorkdays: Mean,
		promisedWorkdays: Mean
	}),
	immediate: Closed({ count: Count, share: Share }),
	visits: Closed({
		distribution: Closed({ '0': Count, '1': Count, '2': Count, '3+': Count }),
		zeroShare: Share,
		atMostOneShare: Share
	}),
	online: Closed({
		distribution: Closed({ '0': Count, '1': Count, '2': Count, '3': Count, '4': Count }),
		fullShare: Share
	}),
	tolerance: Closed({
		byRisk: Closed({ control: RiskCoverage, cautious: RiskCoverage, encouraged: RiskCoverage }),
		tolerableMaterials: Count
	}),
	base: Closed({
		local: Count,
		compared: Count,
		deviating: Count,
		stricter: Count,
		byFact: Closed({
			materials: Count,
			promisedLimit: Count,
			visits: Count,
			onlineDepth: Count,
			caseType: Count
		})
	})
});

export const ScorecardMonth = Closed({
	month: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' }),
	added: Count,
	changed: Count,
	cancelled: Count,
	inForce: Count,
	materialsPerItem: Mean,
	compressionRate: Type.Number(),
	immediateShare: Share,
	zeroVisitShare: Share,
	atMostOneShare: Share,
	fullOnlineShare: Share
});

export const Scorecard = Closed({
	from: Day,
	to: Day,
	timeZone: Type.String(),
	department: Nullable(Type.String()),
	overall: ScorecardFigures,
	departments: Type.Array(
		Closed({ code: Type.String(), name: Type.String(), figures: ScorecardFigures })
	),
	months: Type.Array(ScorecardMonth)
});

export type ScorecardQuery = Static<typeof ScorecardQuery>;
export type ScorecardCsvQuery = Static<typeof ScorecardCsvQuery>;
