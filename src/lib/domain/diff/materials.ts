// Application materials (申请材料): matched by id, or by name when the id was changed.
import type { Material, Necessity } from '../item/types';
import { label } from '../item/labels';
import type { Locale } from '../i18n';
import { diffKeyed, diffStrings } from './keyed';
import { Sink, moreIsStricter, same } from './sink';
import { book, trim } from './text';
import type { ApplicantEffect, Change } from './types';

// Sentences use the short forms reviewers say aloud ("由必要改为容缺"); labels.ts has the long ones.
const NECESSITY_SHORT: Record<Necessity, [string, string]> = {
	required: ['必要', 'required'],
	optional: ['非必要', 'optional'],
	tolerable: ['容缺', 'tolerable']
};
/** how much the necessity asks of the applicant: a tolerable material must still be supplied later */
const NECESSITY_RANK: Record<Necessity, number> = { optional: 0, tolerable: 1, required: 2 };

export function necessityWord(n: Necessity, locale?: Locale): string {
	const pair = NECESSITY_SHORT[n] ?? [n, n];
	return locale === 'en' ? pair[1] : pair[0];
}

export function necessityEffect(a: Necessity, b: Necessity): ApplicantEffect {
	return moreIsStricter(NECESSITY_RANK[a] ?? 0, NECESSITY_RANK[b] ?? 0);
}

export function diffMaterials(a: Material[], b: Material[], locale?: Locale): Change[] {
	const s = new Sink('materials', locale);
	diffKeyed(s, 'material', ['materials'], a, b, {
		key: (m) => `id:${m.id}`,
		fallbackKey: (m) => `name:${trim(m.name)}`,
		added: (m) => [
			s.t(
				`新增${necessityWord(m.necessity)}材料${book(m.name)}`,
				`${necessityWord(m.necessity, 'en')} material ${book(m.name)} added`
			),
			m.necessity === 'optional' ? 'neutral' : 'stricter'
		],
		removed: (m) => [
			s.t(
				`删除${necessityWord(m.necessity)}材料${book(m.name)}`,
				`${necessityWord(m.necessity, 'en')} material ${book(m.name)} removed`
			),
			m.necessity === 'optional' ? 'neutral' : 'looser'
		],
		moved: (m, from, to) =>
			s.t(
				`材料${book(m.name)}由第 ${from} 项移至第 ${to} 项`,
				`Material ${book(m.name)} moved from ${from} to ${to}`
			),
		compare: (o, n, op, np) => compareMaterial(s, o, n, op, np)
	});
	return s.changes;
}

function compareMaterial(
	s: Sink,
	o: Material,
	n: Material,
	op: (string | number)[],
	np: (string | number)[]
) {
	const name = book(n.name);
	const at = (f: string) => [...np, f];
	const was = (f: string) => [...op, f];
	const c = (f: string, zh: string, en: string, effect: ApplicantEffect, long = false) =>
		s.changed(
			`material.${f}`,
			at(f),
			s.t(zh, en),
			effect,
			(o as unknown as Record<string, unknown>)[f],
			(n as unknown as Record<string, unknown>)[f],
			long,
			was(f)
		);

	if (trim(o.name) !== trim(n.name))
		c(
			'name',
			`材料${book(o.name)}更名为${name}`,
			`Material ${book(o.name)} renamed to ${name}`,
			'neutral'
		);
	if (o.id !== n.id)
		c(
			'id',
			`材料${name}的标识由 ${o.id} 改为 ${n.id}`,
			`Material ${name}: id ${o.id} → ${n.id}`,
			'neutral'
		);
	if (o.necessity !== n.necessity)
		c(
			'necessity',
			`材料${name}由${necessityWord(o.necessity)}改为${necessityWord(n.necessity)}`,
			`Material ${name}: ${necessityWord(o.necessity, 'en')} → ${necessityWord(n.necessity, 'en')}`,
			necessityEffect(o.necessity, n.necessity)
		);
	if (o.essential !== n.essential)
		c(
			'essential',
			n.essential ? `材料${name}改为主要材料（要件）` : `材料${name}不再作为主要材料（要件）`,
			n.essential ? `Material ${name} is now essential` : `Material ${name} is no longer essential`,
			n.essential ? 'stricter' : 'looser'
		);
	if (o.originals !== n.originals)
		c(
			'originals',
			`材料${name}的原件份数由 ${o.originals} 份改为 ${n.originals} 份`,
			`Material ${name}: originals ${o.originals} → ${n.originals}`,
			moreIsStricter(o.originals, n.originals)
		);
	if (o.copies !== n.copies)
		c(
			'copies',
			`材料${name}的复印件份数由 ${o.copies} 份改为 ${n.copies} 份`,
			`Material ${name}: copies ${o.copies} → ${n.copies}`,
			moreIsStricter(o.copies, n.copies)
		);
	for (const [f, table] of [
		['kind', 'materialKind'],
		['medium', 'medium'],
		['source', 'source']
	] as const) {
		if (o[f] !== n[f])
			c(
				f,
				`材料${name}的${f === 'kind' ? '类型' : f === 'medium' ? '形式' : '来源渠道'}由${label(table, o[f])}改为${label(table, n[f])}`,
				`Material ${name}: ${f} ${label(table, o[f], 'en')} → ${label(table, n[f], 'en')}`,
				'neutral'
			);
	}
	if (o.sharedExempt !== n.sharedExempt)
		c(
			'sharedExempt',
			n.sharedExempt ? `材料${name}改为免提交（从电子证照库调取）` : `材料${name}不再免提交`,
			n.sharedExempt
				? `Material ${name} is now fetched from the licence library`
				: `Material ${name} must now be submitted`,
			n.sharedExempt ? 'looser' : 'stricter'
		);
	const ma = new Set(o.mediaTypes ?? []);
	const mb = new Set(n.mediaTypes ?? []);
	const addedTypes = [...mb].filter((x) => !ma.has(x));
	const droppedTypes = [...ma].filter((x) => !mb.has(x));
	if (addedTypes.length || droppedTypes.length)
		c(
			'mediaTypes',
			`材料${name}接受的文件类型由 ${[...ma].join('、')} 改为 ${[...mb].join('、')}`,
			`Material ${name}: file types ${[...ma].join(', ')} → ${[...mb].join(', ')}`,
			droppedTypes.length ? 'stricter' : 'looser'
		);
	if (o.maxSize !== n.maxSize)
		c(
			'maxSize',
			`材料${name}的文件大小上限由 ${mb_(o.maxSize)} 改为 ${mb_(n.maxSize)}`,
			`Material ${name}: size limit ${mb_(o.maxSize)} → ${mb_(n.maxSize)}`,
			moreIsStricter(n.maxSize, o.maxSize)
		);
	if ((o.supplementDays ?? 0) !== (n.supplementDays ?? 0))
		c(
			'supplementDays',
			`材料${name}的补交期限由 ${o.supplementDays ?? '默认'} 改为 ${n.supplementDays ?? '默认'} 个工作日`,
			`Material ${name}: supplement days ${o.supplementDays ?? 'default'} → ${n.supplementDays ?? 'default'}`,
			o.supplementDays !== undefined && n.supplementDays !== undefined
				? moreIsStricter(n.supplementDays, o.supplementDays)
				: 'neutral'
		);
	if (!same(o.condition, n.condition)) {
		if (o.condition === undefined)
			c(
				'condition',
				`材料${name}改为仅在特定情形下需要提交`,
				`Material ${name} is now needed only in some cases`,
				'looser'
			);
		else if (n.condition === undefined)
			c(
				'condition',
				`材料${name}取消适用情形，改为一律需要提交`,
				`Material ${name}: condition removed, now always needed`,
				'stricter'
			);
		else
			c(
				'condition',
				`材料${name}的适用情形已修改`,
				`Material ${name}: condition changed`,
				'neutral'
			);
	}
	diffStrings(
		s,
		'material',
		o,
		n,
		op,
		np,
		[
			['issuer', '出具单位', 'issuer'],
			['paperSize', '纸质规格', 'paper size'],
			['signature', '签字盖章要求', 'signature'],
			['basis', '设定依据', 'basis'],
			['notes', '填报须知', 'notes', true],
			['acceptanceStandard', '受理标准', 'acceptance standard', true]
		],
		[`材料${name}`, `Material ${name}`]
	);
	for (const f of ['blankTemplate', 'sampleTemplate'] as const)
		if (!same(o[f], n[f]))
			c(
				f,
				`材料${name}的${f === 'blankTemplate' ? '空白表格' : '示例样表'}已更新`,
				`Material ${name}: ${f === 'blankTemplate' ? 'blank template' : 'sample'} updated`,
				'neutral'
			);
}

function mb_(bytes: number): string {
	return bytes >= 1048576
		? `${+(bytes / 1048576).toFixed(2)} MB`
		: `${+(bytes / 1024).toFixed(1)} KB`;
}
