// Successful API answers: JSON that no cache keeps (the portal's cacheable answers are in cache.ts).
export function json(
	data: unknown,
	init: { status?: number; headers?: Record<string, string> } = {}
): Response {
	return new Response(JSON.stringify(data), {
		status: init.status ?? 200,
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'no-store',
			...init.headers
		}
	});
}

export function noContent(): Response {
	return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
