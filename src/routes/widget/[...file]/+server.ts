import { widgetResponse } from '$lib/server/http/widget-files';
import type { RequestHandler } from './$types';

// The embeddable widget and the files it loads on demand (src/lib/server/http/widget-files.ts).
export const GET: RequestHandler = ({ params, request }) => widgetResponse(params.file, request);
