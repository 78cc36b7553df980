// One load run with autocannon against a loopback URL, reduced to the figures a report shows.
import autocannon from 'autocannon';

export interface LoadFigures {
	requests: number;
	seconds: number;
	rps: number;
	p50: number;
	p99: number;
	max: number;
	errors: number;
	timeouts: number;
	/** responses by status code */
	statuses: Record<string, number>;
}

export async function load(opts: {
	url: string;
	connections?: number;
	/** total requests; stops by itself after this many */
	amount?: number;
	/** seconds, when no amount is given */
	duration?: number;
	headers?: Record<string, string>;
	/** seconds before a request counts as timed out */
	timeout?: number;
}): Promise<LoadFigures> {
	const target = new URL(opts.url);
	// Load is only ever sent to this machine.
	if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname))
		throw new Error(`refusing to load ${target.hostname}: loopback only`);
	const r = await autocannon({
		url: opts.url,
		connections: opts.connections ?? 100,
		...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? 5 }),
		headers: opts.headers,
		timeout: opts.timeout ?? 30
	});
	const seconds = (new Date(r.finish).getTime() - new Date(r.start).getTime()) / 1000;
	const requests = r.latency.totalCount;
	return {
		requests,
		seconds: Math.round(seconds * 100) / 100,
		rps: Math.round(requests / seconds),
		p50: r.latency.p50,
		p99: r.latency.p99,
		max: r.latency.max,
		errors: r.errors,
		timeouts: r.timeouts,
		statuses: Object.fromEntries(
			Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])
		)
	};
}
