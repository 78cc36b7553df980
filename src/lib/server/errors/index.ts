// The errors services throw: what went wrong (a kind and a problem type), said as message keys and
// parameters — never HTTP responses and never text already translated. The API turns them into
// problem+json (../http/problem.ts), page loads into error pages (../http/page.ts), the command line
// into a line on stderr; each picks the reader's language then.
import {
	mergeCatalogs,
	ref,
	renderRef,
	type Locale,
	type MessageParam,
	type MessageRef
} from '../../domain/i18n';
import { workflowMessages, type Refusal, type WorkflowKey } from '../../domain/workflow';
import { serverMessages } from './messages';

/** Every message a server error may name: the server's own and the workflow's reasons. */
export const errorCatalog = mergeCatalogs(serverMessages, workflowMessages);

export type ServerKey = keyof (typeof serverMessages)['zh-CN'];
export type ErrorKey = ServerKey | WorkflowKey;
export type ErrorMessage = MessageRef<ErrorKey>;

/** A message from the domain core arrives already in the request's language (validation, lint). */
export type ErrorText = ErrorMessage | string;

/** `m('server.item.notFound', { code })`: a message of the catalog, by key. */
export function m(key: ErrorKey, params?: Readonly<Record<string, MessageParam>>): ErrorMessage {
	return ref(key, params);
}

export type ErrorKind =
	| 'bad-request'
	| 'unauthenticated'
	| 'forbidden'
	| 'not-found'
	| 'method-not-allowed'
	| 'conflict'
	| 'gone'
	| 'too-large'
	| 'unsupported-media-type'
	| 'invalid'
	| 'too-many-requests'
	| 'internal'
	| 'bad-gateway';

/** A field at fault, located by a JSON pointer into the request. */
export interface FieldError {
	pointer: string;
	message: ErrorText;
	code?: string;
	/** the query parameter at fault, for errors about the query string */
	parameter?: string;
	/** for errors in a pasted text (a holiday notice): 1-based line and column */
	line?: number;
	column?: number;
}

/** Problem types that have a title of their own (`problem.<slug>` in the catalog). */
export type TitledSlug = ServerKey extends infer K
	? K extends `problem.${infer S}`
		? S
		: never
	: never;

export interface ErrorInit {
	/** the problem type; defaults to the kind's own */
	slug?: string;
	/** defaults to `problem.<slug>` */
	title?: ErrorMessage;
	detail?: ErrorText;
	errors?: FieldError[];
	/** more members of the answer (RFC 9457 extensions) */
	extensions?: Record<string, unknown>;
	/** seconds until trying again makes sense */
	retryAfter?: number;
}

/** The problem type of a kind when none more specific is given (422, 410 and 429 always name one). */
const DEFAULT_SLUG: Partial<Record<ErrorKind, TitledSlug>> = {
	'bad-request': 'bad-request',
	unauthenticated: 'unauthenticated',
	forbidden: 'forbidden',
	'not-found': 'not-found',
	'method-not-allowed': 'method-not-allowed',
	conflict: 'conflict',
	'too-large': 'payload-too-large',
	'unsupported-media-type': 'unsupported-media-type',
	internal: 'internal'
};

export class AppError extends Error {
	readonly slug: string;
	readonly title: ErrorMessage;
	readonly detail?: ErrorText;
	readonly errors?: FieldError[];
	readonly extensions: Record<string, unknown>;
	readonly retryAfter?: number;

	constructor(
		readonly kind: ErrorKind,
		init: ErrorInit = {}
	) {
		const slug = init.slug ?? DEFAULT_SLUG[kind] ?? kind;
		const title = init.title ?? m(`problem.${slug}` as ServerKey);
		// In English for logs and stack traces; readers get their own language from text().
		super(`${slug}: ${render(init.detail ?? title, 'en')}`);
		this.name = 'AppError';
		this.slug = slug;
		this.title = title;
		this.detail = init.detail;
		this.errors = init.errors;
		this.extensions = init.extensions ?? {};
		this.retryAfter = init.retryAfter;
	}

	/** The title and detail in `locale`, e.g. for a log line or the command line. */
	text(locale: Locale): { title: string; detail?: string } {
		return {
			title: render(this.title, locale),
			...(this.detail !== undefined && { detail: render(this.detail, locale) })
		};
	}
}

export function render(text: ErrorText, locale: Locale): string {
	return typeof text === 'string' ? text : renderRef(errorCatalog, locale, text);
}

// The common ones, named so every service says the same thing the same way.

export const badRequest = (detail: ErrorText, errors?: FieldError[]) =>
	new AppError('bad-request', { detail, errors });

export const unauthenticated = () =>
	new AppError('unauthenticated', { detail: m('workflow.refused.signIn') });

export const forbidden = (detail: ErrorText) => new AppError('forbidden', { detail });

export const notFound = (detail: ErrorText) => new AppError('not-found', { detail });

export const conflict = (slug: string, detail: ErrorText, extensions?: Record<string, unknown>) =>
	new AppError('conflict', { slug, title: m('problem.conflict'), detail, extensions });

/** 422: the request is well-formed but its content cannot be accepted. */
export const invalid = (
	slug: TitledSlug,
	opts: { detail?: ErrorText; errors?: FieldError[]; extensions?: Record<string, unknown> } = {}
) => new AppError('invalid', { slug, ...opts });

/**
 * The workflow's refusal as an error: sign in (401), not this user (403), not now (409).
 * `extensions` go with an invalid transition (the item's status, for the client to resync).
 */
export function refused(refusal: Refusal, extensions?: Record<string, unknown>): AppError {
	switch (refusal.kind) {
		case 'sign-in':
			return unauthenticated();
		case 'permission':
			return forbidden(refusal.reason);
		case 'state': {
			const slug = STATE_SLUGS[refusal.reason.key];
			return slug
				? conflict(slug, refusal.reason)
				: conflict('invalid-transition', refusal.reason, extensions);
		}
	}
}

/** Problem types of the refusals that have one of their own; others are invalid transitions. */
const STATE_SLUGS: Partial<Record<WorkflowKey, string>> = {
	'workflow.refused.retired': 'item-retired',
	'workflow.refused.inReview': 'item-in-review',
	'workflow.refused.archived': 'item-archived',
	'workflow.refused.reviewClosed': 'review-closed'
};
