import { MAX_REPORT_BYTES, ReportLimiter, readBounded, reportLine } from '$lib/portal/csp-report';
import type { RequestHandler } from './$types';

const limiter = new ReportLimiter();

// Browsers report what the portal's policy blocked here. A report is logged (one sanitized line) so
// that a page broken by the policy shows up in the server log; nothing is stored. Past the limit per
// client address the answer is 429 and nothing is read or logged.
export const POST: RequestHandler = async ({ request, getClientAddress }) => {
	if (!limiter.allow(getClientAddress()))
		return new Response(null, { status: 429, headers: { 'retry-after': '60' } });
	// the unread upload is left behind: the connection is closed rather than kept alive for it
	if (Number(request.headers.get('content-length') ?? 0) > MAX_REPORT_BYTES)
		return new Response(null, { status: 413, headers: { connection: 'close' } });
	const line = reportLine(await readBounded(request));
	if (line) console.warn(line);
	return new Response(null, { status: 204 });
};
