// What came of a review panel's last act (decide, publish, retire, transfer), told in the panel.
import type { Problem } from '$lib/api/schemas/common';
import type { ReviewT } from './messages';

/** told as a status, or as an alert when it failed */
export interface Outcome {
	ok: boolean;
	text: string;
}

/** the server's refusal in its own words: the problem's detail, else its title */
export function refused(t: ReviewT, problem: Problem): Outcome {
	return { ok: false, text: t('error.generic', { reason: problem.detail ?? problem.title }) };
}
