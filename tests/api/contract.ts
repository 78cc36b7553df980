// Every answer the API tests receive is checked against the declaration of its endpoint
// (src/lib/api): a success must be a declared status with a body its schema accepts, and every
// problem+json body must match the Problem declaration. So the declarations cannot drift from what
// the server really sends without a test failing.
import { validatorOf } from '../../src/lib/api/ajv';
import { endpoints, findEndpoint, type Endpoint } from '../../src/lib/api/endpoints';
import { Problem } from '../../src/lib/api/schemas/common';

const names = new Map(Object.entries(endpoints).map(([name, e]) => [e as Endpoint, name]));

/** Endpoint name and status of every success checked in this process. */
export const checked = new Set<string>();

function violations(schema: Parameters<typeof validatorOf>[0], body: unknown): string | undefined {
	const validate = validatorOf(schema);
	if (validate(body)) return undefined;
	return (validate.errors ?? [])
		.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
		.join('; ');
}

/** Why an answer breaks the contract, or undefined when it keeps it. */
export function contractBreach(
	method: string,
	url: string,
	status: number,
	contentType: string,
	body: unknown
): string | undefined {
	const where = `${method} ${new URL(url).pathname} → ${status}`;
	if (contentType.startsWith('application/problem+json')) {
		const wrong = violations(Problem, body);
		return wrong && `${where}: the problem does not match its declaration: ${wrong}`;
	}
	const endpoint = findEndpoint(method, new URL(url).pathname);
	if (!endpoint || status < 200 || status >= 300) return undefined;
	if (!(status in endpoint.responses)) return `${where}: status ${status} is not declared`;
	const schema = endpoint.responses[status];
	checked.add(`${names.get(endpoint)} ${status}`);
	if (schema === null || body === undefined) return undefined;
	const wrong = violations(schema, body);
	return wrong && `${where}: the answer does not match its declaration: ${wrong}`;
}
