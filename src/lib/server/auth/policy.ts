// Sign-in limits and session lifetime, from the environment (src/lib/server/README.md lists them).
export interface LoginPolicy {
	/** failed sign-ins for one username from one client address per window */
	maxFailures: number;
	windowMinutes: number;
	/** failed sign-ins from one client address, whatever the usernames, per window */
	ipMaxFailures: number;
	ipWindowMinutes: number;
	sessionHours: number;
	/** demo accounts cannot sign in (NODE_ENV=production) */
	refuseDemo: boolean;
}

export function loginPolicyFromEnv(
	env: Record<string, string | undefined> = process.env
): LoginPolicy {
	const num = (v: string | undefined, d: number) => (v && Number(v) > 0 ? Number(v) : d);
	return {
		maxFailures: num(env.BANSHI_LOGIN_MAX_FAILURES, 5),
		windowMinutes: num(env.BANSHI_LOGIN_WINDOW_MINUTES, 15),
		ipMaxFailures: num(env.BANSHI_LOGIN_IP_MAX_FAILURES, 30),
		ipWindowMinutes: num(env.BANSHI_LOGIN_IP_WINDOW_MINUTES, 15),
		sessionHours: num(env.BANSHI_SESSION_HOURS, 12),
		refuseDemo: env.NODE_ENV === 'production'
	};
}
