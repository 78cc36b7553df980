// Schedules analyses of the latest document: at most one in flight, the newest waiting request
// replaces older ones, and a short idle delay merges bursts of keystrokes. Uses a worker when the
// browser has one and falls back to the main thread (tests, old browsers).
import type { Locale } from '$lib/domain/i18n';
import type { CheckSettings } from '$lib/domain/settings';
import { analyse, type Analysis } from './analyse';

interface Pending {
	doc: unknown;
	version: number;
	locale: Locale;
	checks?: CheckSettings;
}

export class Analyser {
	private worker: Worker | undefined;
	private busy = false;
	private waiting: Pending | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly onresult: (a: Analysis) => void,
		private readonly idleMs = 150,
		useWorker = typeof Worker !== 'undefined',
		/** the deployment's settings every analysis checks with */
		private readonly checks?: CheckSettings
	) {
		if (useWorker) {
			try {
				this.worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
					type: 'module'
				});
				this.worker.onmessage = (e: MessageEvent<Analysis>) => this.done(e.data);
				this.worker.onerror = () => {
					// the worker could not start (e.g. a strict CSP): analyse here instead
					this.worker?.terminate();
					this.worker = undefined;
					this.busy = false;
					this.flush();
				};
			} catch {
				this.worker = undefined;
			}
		}
	}

	/** Ask for an analysis; `immediate` skips the idle delay (opening a document). */
	request(doc: unknown, version: number, locale: Locale, immediate = false) {
		this.waiting = { doc, version, locale, checks: this.checks };
		clearTimeout(this.timer);
		if (immediate) this.flush();
		else this.timer = setTimeout(() => this.flush(), this.idleMs);
	}

	private flush() {
		if (this.busy || !this.waiting) return;
		const job = this.waiting;
		this.waiting = undefined;
		this.busy = true;
		if (this.worker) {
			this.worker.postMessage(job);
		} else {
			// yield first so the edit that asked for this paints before the analysis runs
			setTimeout(() => this.done(analyse(job.doc, job.version, job.locale, job.checks)), 0);
		}
	}

	private done(result: Analysis) {
		this.busy = false;
		this.onresult(result);
		if (this.waiting) this.flush();
	}

	dispose() {
		clearTimeout(this.timer);
		this.worker?.terminate();
		this.worker = undefined;
		this.waiting = undefined;
	}
}
