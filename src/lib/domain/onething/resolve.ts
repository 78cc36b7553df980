// Which published bundle stands for each member of a one-thing: the pinned version (or the latest),
// with the member's fields as the merge sees them. A member without a bundle, or without the pinned
// version, is a conflict.
import type { Bundle } from '../compile/types';
import type { Translate } from '../i18n';
import type { JsonSchema } from '../item/types';
import { memberFields, type MemberField } from './fields';
import type { oneThingMessages } from './messages';
import type { OneThing, OneThingConflict } from './types';

export type T = Translate<(typeof oneThingMessages)['zh-CN']>;
export type ReportConflict = (c: OneThingConflict) => void;

/** A member's published bundle and the version number it was published as. */
export interface MemberBundle {
	version: number;
	bundle: Bundle;
}

export interface Resolved {
	code: string;
	index: number;
	version: number;
	bundle: Bundle;
	condition?: JsonSchema;
	fields: MemberField[];
}

export function resolveMembers(
	doc: OneThing,
	inputs: (MemberBundle | Bundle)[],
	conflict: ReportConflict,
	t: T
): Resolved[] {
	const byCode = new Map<string, MemberBundle[]>();
	for (const x of inputs) {
		const mb: MemberBundle = 'bundle' in x ? x : { version: 0, bundle: x };
		const list = byCode.get(mb.bundle.code) ?? [];
		list.push(mb);
		byCode.set(mb.bundle.code, list);
	}
	const out: Resolved[] = [];
	doc.members.forEach((m, index) => {
		const code = m.code.trim();
		const given = byCode.get(code) ?? [];
		if (!given.length) {
			conflict({
				key: code,
				members: [code],
				code: 'missing-member',
				message: t('onething.conflict.missingMember', { members: code })
			});
			return;
		}
		let chosen: MemberBundle | undefined;
		if (m.pin === 'latest') chosen = given.reduce((a, b) => (b.version > a.version ? b : a));
		else chosen = given.find((g) => g.version === m.pin || g.version === 0);
		if (!chosen) {
			conflict({
				key: code,
				members: [code],
				code: 'pin-mismatch',
				message: t('onething.conflict.pin', {
					members: code,
					version: String(m.pin),
					available: given.map((g) => g.version).join(', ')
				})
			});
			return;
		}
		const version = chosen.version === 0 && typeof m.pin === 'number' ? m.pin : chosen.version;
		out.push({
			code,
			index,
			version,
			bundle: chosen.bundle,
			...(m.condition !== undefined ? { condition: m.condition } : {}),
			fields: memberFields(code, chosen.bundle)
		});
	});
	return out;
}
