// Service-side guide elements: fees, channels, places, contacts, visits, online depth, result, FAQ.
import type { Contact, FeeItem, Guide } from '../item/types';
import { label } from '../item/labels';
import { joinList } from '../i18n';
import { diffKeyed, diffStrings } from './keyed';
import { Sink, moreIsStricter, same } from './sink';
import { clip, trim } from './text';

const G = ['guide'];

function feeText(f: FeeItem, s: Sink): string {
	return s.t('diff.fee.text', { name: f.name, amount: f.amount, unit: f.unit ? '/' + f.unit : '' });
}

export function fees(s: Sink, ga: Guide, gb: Guide) {
	const a = { fees: ga.fees ?? { free: true } };
	const b = { fees: gb.fees ?? { free: true } };
	const path = [...G, 'fees'];
	if (a.fees.free !== b.fees.free)
		s.changed(
			'guide.fees.free',
			[...path, 'free'],
			s.t(b.fees.free ? 'diff.fee.nowFree' : 'diff.fee.noLongerFree'),
			b.fees.free ? 'looser' : 'stricter',
			a.fees.free,
			b.fees.free
		);
	diffKeyed(
		s,
		'guide.fees.items',
		[...path, 'items'],
		a.fees.free ? [] : a.fees.items,
		b.fees.free ? [] : b.fees.items,
		{
			key: (x) => trim(x.name),
			added: (x) => [s.t('diff.fee.added', { fee: feeText(x, s) }), 'stricter'],
			removed: (x) => [s.t('diff.fee.removed', { fee: feeText(x, s) }), 'looser'],
			moved: (x, from, to) => s.t('diff.fee.moved', { name: x.name, from, to }),
			compare: (o, n, op, np) => {
				if (o.amount !== n.amount)
					s.changed(
						'guide.fees.amount',
						[...np, 'amount'],
						s.t(n.amount > o.amount ? 'diff.fee.raised' : 'diff.fee.lowered', {
							name: n.name,
							old: o.amount,
							new: n.amount
						}),
						moreIsStricter(o.amount, n.amount),
						o.amount,
						n.amount,
						false,
						[...op, 'amount']
					);
				diffStrings(
					s,
					'guide.fees',
					o,
					n,
					op,
					np,
					[
						['unit', 'diff.field.fee.unit'],
						['basis', 'diff.field.fee.basis'],
						['note', 'diff.field.fee.note', true]
					],
					s.t('diff.fee.subject', { name: n.name })
				);
			}
		}
	);
}

function setDiff<T>(
	a: readonly T[] | undefined,
	b: readonly T[] | undefined
): { added: T[]; removed: T[] } {
	const sa = new Set(a ?? []);
	const sb = new Set(b ?? []);
	return { added: [...sb].filter((x) => !sa.has(x)), removed: [...sa].filter((x) => !sb.has(x)) };
}

export function channels(s: Sink, a: Guide, b: Guide) {
	const { added, removed } = setDiff(a.channels, b.channels);
	const names = (xs: string[]) =>
		joinList(
			s.locale,
			xs.map((x) => label('channel', x, s.locale))
		);
	if (added.length)
		s.changed(
			'guide.channels',
			[...G, 'channels'],
			s.t('diff.channels.added', { channels: names(added) }),
			'looser',
			a.channels,
			b.channels
		);
	if (removed.length)
		s.changed(
			'guide.channels',
			[...G, 'channels'],
			s.t('diff.channels.removed', { channels: names(removed) }),
			'stricter',
			a.channels,
			b.channels
		);
}

export function locations(s: Sink, a: Guide, b: Guide) {
	diffKeyed(s, 'guide.locations', [...G, 'locations'], a.locations, b.locations, {
		key: (x) => trim(x.name),
		fallbackKey: (x) => trim(x.address),
		added: (x) => [s.t('diff.location.added', { name: x.name }), 'neutral'],
		removed: (x) => [s.t('diff.location.removed', { name: x.name }), 'neutral'],
		moved: (x, from, to) => s.t('diff.location.moved', { name: x.name, from, to }),
		compare: (o, n, op, np) =>
			diffStrings(
				s,
				'guide.locations',
				o,
				n,
				op,
				np,
				[
					['name', 'diff.field.location.name'],
					['address', 'diff.field.location.address'],
					['hours', 'diff.field.location.hours'],
					['phone', 'diff.field.location.phone'],
					['directions', 'diff.field.location.directions', true]
				],
				s.t('diff.location.subject', { name: n.name })
			)
	});
}

export function contact(s: Sink, field: 'consult' | 'complaint', a: Contact, b: Contact) {
	if (same(a, b)) return;
	const noun = s.t(`diff.guide.${field}`);
	const path = [...G, field];
	const { added, removed } = setDiff(a?.phones, b?.phones);
	const phones = (c: Contact) => joinList(s.locale, c?.phones ?? []) || s.t('diff.none');
	if (added.length || removed.length)
		s.changed(
			`guide.${field}.phones`,
			[...path, 'phones'],
			s.t('diff.contact.phones', { noun, old: phones(a), new: phones(b) }),
			'neutral',
			a?.phones,
			b?.phones
		);
	diffStrings(
		s,
		`guide.${field}`,
		a ?? {},
		b ?? {},
		path,
		path,
		[
			['email', 'diff.field.contact.email'],
			['address', 'diff.field.contact.address'],
			['url', 'diff.field.contact.url']
		],
		noun
	);
}

const SCOPE = ['none', 'city', 'province', 'cross-province', 'national'];

export function visitsAndOnline(s: Sink, a: Guide, b: Guide) {
	if (a.visits !== b.visits)
		s.changed(
			'guide.visits',
			[...G, 'visits'],
			s.t(b.visits > a.visits ? 'diff.visits.more' : 'diff.visits.fewer', {
				old: a.visits,
				new: b.visits
			}),
			moreIsStricter(a.visits, b.visits),
			a.visits,
			b.visits
		);
	const oa = a.online ?? { available: false };
	const ob = b.online ?? { available: false };
	if (oa.available !== ob.available)
		s.changed(
			'guide.online.available',
			[...G, 'online', 'available'],
			s.t(ob.available ? 'diff.online.opened' : 'diff.online.withdrawn'),
			ob.available ? 'looser' : 'stricter',
			oa.available,
			ob.available
		);
	if ((oa.depth ?? 0) !== (ob.depth ?? 0)) {
		const show = (d: number | undefined) =>
			d ? label('onlineDepth', d, s.locale) : s.t('diff.none');
		s.changed(
			'guide.online.depth',
			[...G, 'online', 'depth'],
			s.t((ob.depth ?? 0) > (oa.depth ?? 0) ? 'diff.online.deeper' : 'diff.online.shallower', {
				old: show(oa.depth),
				new: show(ob.depth)
			}),
			moreIsStricter(ob.depth ?? 0, oa.depth ?? 0),
			oa.depth,
			ob.depth
		);
	}
	if ((oa.url ?? '') !== (ob.url ?? ''))
		s.changed(
			'guide.online.url',
			[...G, 'online', 'url'],
			s.t('diff.online.url', {
				old: oa.url ?? s.t('diff.none'),
				new: ob.url ?? s.t('diff.none')
			}),
			'neutral',
			oa.url,
			ob.url
		);
	const ca = a.crossRegion ?? 'none';
	const cb = b.crossRegion ?? 'none';
	if (ca !== cb)
		s.changed(
			'guide.crossRegion',
			[...G, 'crossRegion'],
			s.t('diff.crossRegion', {
				old: label('crossRegion', ca, s.locale),
				new: label('crossRegion', cb, s.locale)
			}),
			moreIsStricter(SCOPE.indexOf(cb), SCOPE.indexOf(ca)),
			ca,
			cb
		);
}

export function result(s: Sink, a: Guide, b: Guide) {
	const path = [...G, 'result'];
	if (a.result?.type !== b.result?.type)
		s.changed(
			'guide.result.type',
			[...path, 'type'],
			s.t('diff.result.type', {
				old: label('resultType', a.result?.type ?? '', s.locale),
				new: label('resultType', b.result?.type ?? '', s.locale)
			}),
			'neutral',
			a.result?.type,
			b.result?.type
		);
	diffStrings(
		s,
		'guide.result',
		a.result ?? {},
		b.result ?? {},
		path,
		path,
		[
			['name', 'diff.field.result.name'],
			['delivery', 'diff.field.result.delivery'],
			['sample', 'diff.field.result.sample']
		],
		s.t('diff.result.subject')
	);
}

export function faq(s: Sink, a: Guide, b: Guide) {
	diffKeyed(s, 'guide.faq', [...G, 'faq'], a.faq, b.faq, {
		key: (x) => trim(x.question),
		added: (x) => [s.t('diff.faq.added', { question: clip(x.question) }), 'neutral'],
		removed: (x) => [s.t('diff.faq.removed', { question: clip(x.question) }), 'neutral'],
		moved: (x, from, to) => s.t('diff.faq.moved', { question: clip(x.question, 20), from, to }),
		compare: (o, n, op, np) =>
			diffStrings(
				s,
				'guide.faq',
				o,
				n,
				op,
				np,
				[['answer', 'diff.field.faq.answer', true]],
				s.t('diff.faq.subject', { question: clip(n.question, 20) })
			)
	});
}
