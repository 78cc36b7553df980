// The review screens' writes go through the registry API (JSON over fetch), the same endpoints
// other clients use; a refusal comes back as problem+json and is shown with its own message.
export interface ApiOutcome<T = unknown> {
	ok: boolean;
	status: number;
	body: T | null;
	message: string;
}

export async function postJson<T = unknown>(url: string, data: unknown): Promise<ApiOutcome<T>> {
	let r: Response;
	try {
		r = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(data)
		});
	} catch (error) {
		return { ok: false, status: 0, body: null, message: (error as Error).message };
	}
	const body = (await r.json().catch(() => null)) as
		(T & { detail?: string; title?: string }) | null;
	return {
		ok: r.ok,
		status: r.status,
		body: r.ok ? body : null,
		message: r.ok ? '' : (body?.detail ?? body?.title ?? String(r.status))
	};
}
