// Where a request carries its session: `Authorization: Bearer …` (other systems, the tests) or the
// HttpOnly cookie the sign-in sets (browsers).
export const SESSION_COOKIE = 'banshi_session';

export function sessionToken(
	request: Request,
	cookies: { get(name: string): string | undefined }
): string | null {
	const auth = request.headers.get('authorization');
	if (auth && /^bearer\s+/i.test(auth)) return auth.replace(/^bearer\s+/i, '').trim() || null;
	return cookies.get(SESSION_COOKIE) ?? null;
}
