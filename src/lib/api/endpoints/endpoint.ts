// What one endpoint declares: method, path, who may call it, its path parameters, query, body and
// answers. The typed client, the server's parsers, the OpenAPI document and the tests' response
// check all read these declarations; none restates a shape.
import Type, { type TObject, type TSchema } from 'typebox';
import type { Route } from './routes';

export interface Endpoint extends Route {
	summary: string;
	tag: 'session' | 'items' | 'onethings' | 'workflow' | 'admin' | 'portal';
	/** `session`: a session cookie or bearer token is required; `public`: no sign-in */
	auth: 'session' | 'public';
	/** one schema per `{name}` in the path */
	params?: Record<string, TSchema>;
	query?: TObject;
	body?: TSchema;
	/** false: the body may be left out and then reads as {} */
	bodyRequired?: boolean;
	/** a tighter limit than the 2 MB of every JSON body, in bytes (413 above it) */
	maxBodyBytes?: number;
	/** the success answers by status; null for an answer without content */
	responses: Record<number, TSchema | null>;
	/** media type of the success answer when it is not application/json */
	mediaType?: string;
	/** answered with an ETag and Cache-Control; If-None-Match may get 304 */
	cached?: boolean;
	/** failure statuses this endpoint adds to the common ones (see COMMON_FAILURES) */
	failures?: readonly number[];
}

/** Failure statuses any endpoint may answer, always as problem+json. */
export const COMMON_FAILURES = [400, 401, 403, 404, 409, 413, 415, 422] as const;

// Path parameters, declared once for every path that uses them.
export const ItemCode = Type.String({ description: '事项编码 item code' });
export const RevisionNumber = Type.Integer({ minimum: 1, description: 'revision number' });
export const VersionNumber = Type.Integer({ minimum: 1, description: 'version number' });
export const ReviewId = Type.Integer({ minimum: 1, description: 'review id' });
export const UserId = Type.Integer({ minimum: 1, description: 'user id' });
export const DepartmentCode = Type.String({ description: 'department code' });
