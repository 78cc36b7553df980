// The typed error for a request that does not match its declaration. It carries the problem
// details (RFC 9457) already worded in the caller's language; the server's front door answers it
// as application/problem+json with its status, like every other problem.
import type { Problem, ProblemError } from './schemas/common';

export const PROBLEM_BASE = 'https://banshi.studio/problems/';

export class RequestError extends Error {
	constructor(
		readonly status: 400 | 422,
		readonly slug: string,
		readonly title: string,
		readonly detail: string,
		readonly errors?: ProblemError[]
	) {
		super(detail);
		this.name = 'RequestError';
	}

	/** The problem+json body, for the request at `instance` (its path). */
	body(instance?: string): Problem {
		return {
			...(this.errors && { errors: this.errors }),
			type: PROBLEM_BASE + this.slug,
			title: this.title,
			status: this.status,
			detail: this.detail,
			...(instance !== undefined && { instance })
		};
	}
}
