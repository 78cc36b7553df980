// The part of autocannon's result and options these tests and benchmarks read (it ships no types).
declare module 'autocannon' {
	interface Options {
		url: string;
		connections?: number;
		amount?: number;
		duration?: number;
		method?: string;
		headers?: Record<string, string>;
		timeout?: number;
		pipelining?: number;
	}
	interface Histogram {
		average: number;
		mean: number;
		min: number;
		max: number;
		p50: number;
		p90: number;
		p99: number;
		totalCount: number;
	}
	interface Result {
		errors: number;
		timeouts: number;
		non2xx: number;
		'2xx': number;
		'3xx': number;
		'4xx': number;
		'5xx': number;
		statusCodeStats: Record<string, { count: number }>;
		start: Date;
		finish: Date;
		latency: Histogram;
		requests: Histogram & { sent: number };
		throughput: Histogram;
	}
	function autocannon(opts: Options): Promise<Result>;
	export default autocannon;
}
