// Reports of what the portal's Content-Security-Policy blocked. Anyone can post here, so a report is
// treated as hostile input: read up to a few kilobytes only, reduced to three short fields with
// every control character removed (no forged log lines), and limited per client address so the log
// cannot be flooded. Nothing is stored.

/** Bytes of a report read at most; real reports are a few hundred. */
export const MAX_REPORT_BYTES = 8 * 1024;
/** Reports logged per client address per window. */
export const REPORTS_PER_WINDOW = 10;
export const WINDOW_MS = 60_000;
const FIELD_CHARS = 200;
const MAX_TRACKED_CLIENTS = 10_000;

/** The body's first `max` bytes; the rest is never read. */
export async function readBounded(request: Request, max = MAX_REPORT_BYTES): Promise<string> {
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		while (size < max) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value.subarray(0, max - size));
			size += Math.min(value.byteLength, max - size);
		}
	} finally {
		await reader.cancel().catch(() => {});
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	return new TextDecoder().decode(bytes);
}

/** One line of printable text, at most FIELD_CHARS characters. */
export function logSafe(value: unknown): string {
	const text = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
	// C0/C1 controls, DEL, and the line and paragraph separators
	// eslint-disable-next-line no-control-regex
	const clean = (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
	return clean.length > FIELD_CHARS ? clean.slice(0, FIELD_CHARS) + '…' : clean;
}

/** The log line of a report (the legacy `csp-report` shape), or null when it is not one. */
export function reportLine(text: string): string | null {
	let report: Record<string, unknown> | undefined;
	try {
		report = (JSON.parse(text) as { 'csp-report'?: Record<string, unknown> })?.['csp-report'];
	} catch {
		return null;
	}
	if (!report || typeof report !== 'object') return null;
	return `CSP violation on ${logSafe(report['document-uri'])}: ${logSafe(report['violated-directive'])} blocked ${logSafe(report['blocked-uri'])}`;
}

/** A fixed-window counter per client address, forgetting the oldest addresses past a bound. */
export class ReportLimiter {
	private readonly windows = new Map<string, { start: number; count: number }>();

	allow(client: string, now = Date.now()): boolean {
		let w = this.windows.get(client);
		if (!w || now - w.start >= WINDOW_MS) {
			this.windows.delete(client);
			w = { start: now, count: 0 };
			this.windows.set(client, w);
			if (this.windows.size > MAX_TRACKED_CLIENTS)
				this.windows.delete(this.windows.keys().next().value as string);
		}
		return ++w.count <= REPORTS_PER_WINDOW;
	}
}
