import type { RequestHandler } from './$types';

// Browsers report what the portal's policy blocked here. A report is logged (briefly) so that a
// page broken by the policy shows up in the server log; nothing is stored.
export const POST: RequestHandler = async ({ request }) => {
	const text = (await request.text()).slice(0, 2000);
	try {
		const report = (JSON.parse(text) as { 'csp-report'?: Record<string, unknown> })['csp-report'];
		if (report) {
			console.warn(
				`CSP violation on ${String(report['document-uri'])}: ${String(report['violated-directive'])} blocked ${String(report['blocked-uri'])}`
			);
		}
	} catch {
		// not a report: ignore
	}
	return new Response(null, { status: 204 });
};
