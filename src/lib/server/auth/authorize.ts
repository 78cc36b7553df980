// The services' one way to ask the workflow's can(): refused means a typed error, never a silent no.
import { can, type Action, type ItemFacts } from '../../domain/workflow';
import { refused, unauthenticated } from '../errors';
import type { Actor } from './actor';

/** The signed-in user; 401 without one. */
export function signedIn(actor: Actor | null): Actor {
	if (!actor) throw unauthenticated();
	return actor;
}

/**
 * Throws unless `actor` may take `action` (on `item`, when given): 401, 403, or 409 with the
 * item's status for a transition its status does not allow.
 */
export function authorize(actor: Actor | null, action: Action, item?: ItemFacts): Actor {
	const verdict = can(actor, action, item);
	if (!verdict.allowed)
		throw refused(verdict, item?.status !== undefined ? { itemStatus: item.status } : undefined);
	return actor!;
}
