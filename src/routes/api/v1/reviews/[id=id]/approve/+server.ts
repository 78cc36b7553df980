import { decisionEndpoint } from '$lib/server/kit/decision';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = decisionEndpoint('approve');
