// Published versions never change (the database refuses UPDATE and DELETE on them), so once read a
// version can be kept in memory and served without a query: the portal read path is the hot one.
// Bounded by bytes so a registry of thousands of large forms cannot grow the process without end.
import type { VersionRow } from '../db/schema';

const BUDGET_BYTES = 64 * 1024 * 1024;

export class VersionCache {
	private readonly rows = new Map<string, VersionRow>();
	private bytes = 0;

	constructor(private readonly budget = BUDGET_BYTES) {}

	get(code: string, n: number): VersionRow | undefined {
		const key = `${code}\n${n}`;
		const row = this.rows.get(key);
		if (row) {
			// re-insert: Map order is the least-recently-used order
			this.rows.delete(key);
			this.rows.set(key, row);
		}
		return row;
	}

	set(code: string, n: number, row: VersionRow): void {
		const key = `${code}\n${n}`;
		const size = row.bundle.length * 2;
		if (size > this.budget || this.rows.has(key)) return;
		this.rows.set(key, row);
		this.bytes += size;
		for (const [k, old] of this.rows) {
			if (this.bytes <= this.budget) break;
			this.rows.delete(k);
			this.bytes -= old.bundle.length * 2;
		}
	}

	get size(): number {
		return this.rows.size;
	}
}
