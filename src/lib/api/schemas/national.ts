// Importing a national platform exchange file (POST /imports/national): the file as read, whether
// to import or only preview, and per item what happens.
import Type, { type Static } from 'typebox';
import { Closed } from './common';

export const NationalImport = Closed({
	/** the exchange file: one document, a list, or { items: [...] } (src/lib/domain/national/NATIONAL.md) */
	file: Type.Unknown(),
	/** false or left out: only the preview; true: import every item as drafts, all or nothing */
	commit: Type.Optional(Type.Boolean())
});

export const NationalImportLine = Closed({
	code: Type.String(),
	name: Type.String(),
	department: Type.String(),
	/** create: a new item; change: a new draft revision of an existing item; same: already so */
	action: Type.Union([Type.Literal('create'), Type.Literal('change'), Type.Literal('same')]),
	/** the item's draft revision after the import (only when committed) */
	revision: Type.Optional(Type.Integer({ minimum: 1 }))
});

export const NationalImportResult = Closed({
	committed: Type.Boolean(),
	items: Type.Array(NationalImportLine)
});

export type NationalImport = Static<typeof NationalImport>;
export type NationalImportLine = Static<typeof NationalImportLine>;
export type NationalImportResult = Static<typeof NationalImportResult>;
