// Server-paged rows for the virtualised catalog: pages are fetched when rows in them come into
// view and cached; a new query starts a new generation so late answers of an old one are dropped.
import type { ItemSummary } from '$lib/api';
import type { ApiResult } from '$lib/api/client';

export type Fetcher = (
	page: number,
	limit: number
) => Promise<ApiResult<{ items: ItemSummary[]; total: number }>>;

export class PagedRows {
	rows: (ItemSummary | undefined)[] = $state([]);
	total = $state(0);
	loaded = $state(false);
	error = $state('');
	offline = $state(false);
	private pending: Record<number, true> = {};
	private generation = 0;
	private fetcher: Fetcher | undefined;

	constructor(readonly pageSize = 100) {}

	/** Start over with a new query. */
	async reset(fetcher: Fetcher): Promise<void> {
		this.generation++;
		this.fetcher = fetcher;
		this.pending = {};
		this.rows = [];
		this.total = 0;
		this.loaded = false;
		this.error = '';
		await this.fetchPage(1);
	}

	/** Make sure rows [from, to) are loaded (or loading). */
	ensure(from: number, to: number) {
		if (!this.loaded) return;
		const first = Math.floor(Math.max(0, from) / this.pageSize) + 1;
		const last = Math.floor(Math.max(0, Math.min(to, this.total) - 1) / this.pageSize) + 1;
		for (let p = first; p <= last; p++) {
			if (this.rows[(p - 1) * this.pageSize] === undefined) void this.fetchPage(p);
		}
	}

	private async fetchPage(page: number) {
		if (this.pending[page] || !this.fetcher) return;
		this.pending[page] = true;
		const gen = this.generation;
		const r = await this.fetcher(page, this.pageSize);
		if (gen !== this.generation) return;
		delete this.pending[page];
		if (!r.ok) {
			this.offline = r.status === 0;
			this.error = r.problem.title;
			this.loaded = true;
			return;
		}
		this.offline = false;
		this.total = r.value.total;
		const rows = this.rows.length === r.value.total ? this.rows : new Array(r.value.total);
		if (rows !== this.rows)
			for (let i = 0; i < this.rows.length && i < rows.length; i++) rows[i] = this.rows[i];
		r.value.items.forEach((item, i) => (rows[(page - 1) * this.pageSize + i] = item));
		this.rows = rows;
		this.loaded = true;
	}
}
