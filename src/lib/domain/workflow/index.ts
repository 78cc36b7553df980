// The workflow: roles, statuses and review states with their labels, the transitions, and
// can(user, action, item) — enforced by the server, shown by the designer and the review screens.
import { renderRef, type Locale } from '../i18n';
import type { Refusal } from './can';
import { workflowMessages } from './messages';

export * from './states';
export * from './can';
export * from './messages';
export * from './revisions';

/** A refusal in words, e.g. for the title of a disabled button. */
export function refusalText(refusal: Refusal, locale: Locale): string {
	return renderRef(workflowMessages, locale, refusal.reason);
}
