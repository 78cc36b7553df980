// A small registry on one engine for the data-layer tests of publishing: a department, an editor and
// a reviewer, the services in English, and the steps from a document to a published version.
import { readFileSync } from 'node:fs';
import type { Json } from '../fixtures/json';
import type { Actor } from '../../src/lib/server/auth/actor';
import { insertDepartment } from '../../src/lib/server/db/departments';
import { AppError } from '../../src/lib/server/errors';
import { toProblem } from '../../src/lib/server/http/problem';
import { createServices, type Services } from '../../src/lib/server/services';
import { actorById } from '../../src/lib/server/services/session';
import { createUser } from '../../src/lib/server/services/users';
import type { EngineHandle } from './engines';

const SYSTEM = { id: null, username: 'test' } as const;

export interface RegistryWorld {
	opened: Awaited<ReturnType<EngineHandle['open']>>;
	s: Services;
	editor: Actor;
	reviewer: Actor;
	/** creates, submits, approves and publishes; returns the version number */
	publish(doc: Record<string, unknown>): Promise<number>;
	/** a draft of a published item goes through review again and is published */
	republish(code: string): Promise<number>;
	dispose(): Promise<void>;
}

/** A template's document under its own code (suffix: up to 12 digits). */
export function templateDoc(slug: string, suffix: string): Json {
	const doc = JSON.parse(readFileSync(`templates/${slug}.json`, 'utf8'));
	doc.code = String(doc.code).slice(0, 19) + suffix.padStart(12, '0');
	// a department holds one item of a name: each test's item gets its own
	doc.name = `${doc.name}（${suffix}）`;
	return doc;
}

/** The refusal as the API would answer it, in English. */
export async function problemOf(p: Promise<unknown>) {
	try {
		await p;
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		const { status, body } = toProblem(error, 'en');
		return { status, body };
	}
	throw new Error('expected a problem');
}

export async function registryWorld(engine: EngineHandle): Promise<RegistryWorld> {
	return registryWorldIn(await engine.open());
}

/** The same world in a database already open. */
export async function registryWorldIn(opened: RegistryWorld['opened']): Promise<RegistryWorld> {
	const { db } = opened;
	const s = createServices(db, { locale: 'en' });
	await insertDepartment(db, { code: 'market', name: '市场监管局', creditCode: null });
	const e = await createUser(
		db,
		{ username: 'ed', password: 'a-long-enough-phrase', role: 'editor', departments: ['market'] },
		SYSTEM
	);
	const r = await createUser(
		db,
		{ username: 'rv', password: 'a-long-enough-phrase', role: 'reviewer' },
		SYSTEM
	);
	const editor = (await actorById(db, e.id))!;
	const reviewer = (await actorById(db, r.id))!;
	const republish = async (code: string) => {
		const review = await s.reviews.submit(editor, code);
		await s.reviews.decide(reviewer, review.id, 'approve', []);
		return (await s.publishing.publish(editor, code, {})).version.n;
	};
	return {
		opened,
		s,
		editor,
		reviewer,
		async publish(doc) {
			await s.items.create(editor, { document: doc, department: 'market' });
			return republish(doc.code as string);
		},
		republish,
		dispose: () => opened.dispose()
	};
}
