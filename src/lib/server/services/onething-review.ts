// What the review of a one-thing needs beyond its detail: the authored document of the version
// published last, so the review can show the changes against it (the domain's diffOneThings).
import type { OneThing } from '../../domain/onething/types';
import type { Actor } from '../auth/actor';
import { getRevision } from '../db/revisions';
import { latestVersion } from '../db/versions';
import type { ServiceContext } from './context';
import type { OneThingService } from './onethings';

export interface PublishedOneThing {
	n: number;
	effectiveFrom: string;
	document: OneThing;
}

export class OneThingReviewService {
	constructor(
		private c: ServiceContext,
		private onethings: OneThingService
	) {}

	/** The document of the version published last; null when the one-thing was never published. */
	async published(actor: Actor | null, code: string): Promise<PublishedOneThing | null> {
		const row = await this.onethings.readable(actor, code);
		const latest = await latestVersion(this.c.db, row.id);
		if (!latest) return null;
		const revision = await getRevision(this.c.db, row.id, latest.revision);
		if (!revision) return null;
		return {
			n: latest.n,
			effectiveFrom: latest.effectiveFrom,
			document: revision.document as unknown as OneThing
		};
	}
}
