import { decisionEndpoint } from '$lib/server/http/decision-route';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = decisionEndpoint('approved');
