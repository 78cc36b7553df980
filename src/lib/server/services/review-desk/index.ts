// What the review screens show: the queue, one review, an item's published history, the comments
// an author reads, and the standardization view. Read models over the same repositories and rules
// as the API; an editor sees the items of their own departments only.
import { departmentScope } from '../../../domain/workflow';
import type { Actor } from '../../auth/actor';
import { signedIn } from '../../auth/authorize';
import { listAudit } from '../../db/audit';
import type { ServiceContext } from '../context';
import type { ItemService } from '../items';
import { commentsPage } from './comments';
import { reviewPage } from './page';
import { reviewQueue, type QueueFilter } from './queue';
import { standardGroups } from './standard';
import { versionsPage } from './versions';

export type { CommentsPage } from './comments';
export type { Queue, QueueFilter } from './queue';
export type { VersionsPage } from './versions';

export class ReviewDeskService {
	constructor(
		private readonly c: ServiceContext,
		private readonly items: ItemService
	) {}

	queue(actor: Actor | null, filter: QueueFilter) {
		const scope = departmentScope(signedIn(actor), 'read');
		return reviewQueue(this.c.db, this.c.locale, filter, scope);
	}

	async page(actor: Actor | null, code: string, against: string | null) {
		const item = await this.items.readable(actor, code);
		return reviewPage(this.c.db, actor!, this.c.locale, item, against);
	}

	async versions(actor: Actor | null, code: string, pick: { a: number | null; b: number | null }) {
		const item = await this.items.readable(actor, code);
		return versionsPage(this.c.db, this.c.locale, item, pick);
	}

	async comments(actor: Actor | null, code: string) {
		return commentsPage(this.c.db, await this.items.readable(actor, code));
	}

	/** The item's audit trail, newest first, for whoever may read the item. */
	async trail(actor: Actor | null, code: string) {
		const item = await this.items.readable(actor, code);
		return { entries: await listAudit(this.c.db, { subject: `item:${item.code}`, limit: 200 }) };
	}

	standard(actor: Actor | null) {
		const scope = departmentScope(signedIn(actor), 'read');
		return standardGroups(this.c.db, this.c.locale, scope);
	}
}
