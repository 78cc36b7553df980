// Published versions never change (the database refuses UPDATE and DELETE on them), so once read a
// version — and its validator module — can be kept in memory and served without a query: the portal
// read path is the hot one. Bounded by bytes, not entries, so a registry of thousands of large forms
// cannot grow the process without end (a validator module can be megabytes).
import type { VersionRow } from '../db/schema';

const BUDGET_BYTES = 64 * 1024 * 1024;

/** Least-recently-used values within a byte budget (JavaScript strings: 2 bytes a character). */
export class ByteBoundedCache<T> {
	private readonly values = new Map<string, T>();
	private bytes = 0;

	constructor(
		private readonly sizeOf: (value: T) => number,
		private readonly budget = BUDGET_BYTES
	) {}

	get(key: string): T | undefined {
		const value = this.values.get(key);
		if (value !== undefined) {
			// re-insert: Map order is the least-recently-used order
			this.values.delete(key);
			this.values.set(key, value);
		}
		return value;
	}

	set(key: string, value: T): void {
		const size = this.sizeOf(value);
		if (size > this.budget || this.values.has(key)) return;
		this.values.set(key, value);
		this.bytes += size;
		for (const [k, old] of this.values) {
			if (this.bytes <= this.budget) break;
			this.values.delete(k);
			this.bytes -= this.sizeOf(old);
		}
	}

	delete(key: string): void {
		const value = this.values.get(key);
		if (value === undefined) return;
		this.values.delete(key);
		this.bytes -= this.sizeOf(value);
	}

	get size(): number {
		return this.values.size;
	}
}

export class VersionCache {
	private readonly cache: ByteBoundedCache<VersionRow>;

	constructor(budget = BUDGET_BYTES) {
		this.cache = new ByteBoundedCache((row) => row.bundle.length * 2, budget);
	}

	get(code: string, n: number): VersionRow | undefined {
		return this.cache.get(`${code}\n${n}`);
	}

	set(code: string, n: number, row: VersionRow): void {
		this.cache.set(`${code}\n${n}`, row);
	}

	get size(): number {
		return this.cache.size;
	}
}
