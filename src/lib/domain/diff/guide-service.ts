// Service-side guide elements: fees, channels, places, contacts, visits, online depth, result, FAQ.
import type { Contact, FeeItem, Guide } from '../item/types';
import { label } from '../item/labels';
import type { Locale } from '../i18n';
import { diffKeyed, diffStrings } from './keyed';
import { Sink, moreIsStricter, same } from './sink';
import { clip, quote, trim } from './text';

const G = ['guide'];

function feeText(f: FeeItem, s: Sink): string {
	return s.t(
		`${quote(f.name)}（${f.amount} 元${f.unit ? '/' + f.unit : ''}）`,
		`"${f.name}" (${f.amount} yuan${f.unit ? '/' + f.unit : ''})`
	);
}

export function fees(s: Sink, ga: Guide, gb: Guide) {
	const a = { fees: ga.fees ?? { free: true } };
	const b = { fees: gb.fees ?? { free: true } };
	const path = [...G, 'fees'];
	if (a.fees.free !== b.fees.free)
		s.changed(
			'guide.fees.free',
			[...path, 'free'],
			b.fees.free
				? s.t('由收费改为不收费', 'Now free of charge')
				: s.t('由不收费改为收费', 'No longer free of charge'),
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
			added: (x) => [
				s.t(`新增收费项目${feeText(x, s)}`, `Fee added: ${feeText(x, s)}`),
				'stricter'
			],
			removed: (x) => [
				s.t(`取消收费项目${feeText(x, s)}`, `Fee removed: ${feeText(x, s)}`),
				'looser'
			],
			moved: (x, from, to) =>
				s.t(
					`收费项目${quote(x.name)}由第 ${from} 项移至第 ${to} 项`,
					`Fee "${x.name}" moved from ${from} to ${to}`
				),
			compare: (o, n, op, np) => {
				if (o.amount !== n.amount)
					s.changed(
						'guide.fees.amount',
						[...np, 'amount'],
						s.t(
							`收费项目${quote(n.name)}由 ${o.amount} 元${n.amount > o.amount ? '提高' : '降低'}为 ${n.amount} 元`,
							`Fee "${n.name}" ${o.amount} → ${n.amount} yuan`
						),
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
						['unit', '计费单位', 'unit'],
						['basis', '收费依据', 'basis'],
						['note', '说明', 'note', true]
					],
					[`收费项目${quote(n.name)}`, `Fee "${n.name}"`]
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
	const names = (xs: string[], locale?: Locale) =>
		xs.map((x) => label('channel', x, locale)).join(locale === 'en' ? ', ' : '、');
	if (added.length)
		s.changed(
			'guide.channels',
			[...G, 'channels'],
			s.t(`新增办理形式：${names(added)}`, `Channels added: ${names(added, 'en')}`),
			'looser',
			a.channels,
			b.channels
		);
	if (removed.length)
		s.changed(
			'guide.channels',
			[...G, 'channels'],
			s.t(`取消办理形式：${names(removed)}`, `Channels removed: ${names(removed, 'en')}`),
			'stricter',
			a.channels,
			b.channels
		);
}

export function locations(s: Sink, a: Guide, b: Guide) {
	diffKeyed(s, 'guide.locations', [...G, 'locations'], a.locations, b.locations, {
		key: (x) => trim(x.name),
		fallbackKey: (x) => trim(x.address),
		added: (x) => [s.t(`新增办理地点${quote(x.name)}`, `Location "${x.name}" added`), 'neutral'],
		removed: (x) => [
			s.t(`删除办理地点${quote(x.name)}`, `Location "${x.name}" removed`),
			'neutral'
		],
		moved: (x, from, to) =>
			s.t(
				`办理地点${quote(x.name)}由第 ${from} 项移至第 ${to} 项`,
				`Location "${x.name}" moved from ${from} to ${to}`
			),
		compare: (o, n, op, np) =>
			diffStrings(
				s,
				'guide.locations',
				o,
				n,
				op,
				np,
				[
					['name', '名称', 'name'],
					['address', '地址', 'address'],
					['hours', '办理时间', 'hours'],
					['phone', '电话', 'phone'],
					['directions', '交通指引', 'directions', true]
				],
				[`办理地点${quote(n.name)}`, `Location "${n.name}"`]
			)
	});
}

export function contact(
	s: Sink,
	field: 'consult' | 'complaint',
	noun: [string, string],
	a: Contact,
	b: Contact
) {
	if (same(a, b)) return;
	const path = [...G, field];
	const { added, removed } = setDiff(a?.phones, b?.phones);
	if (added.length || removed.length)
		s.changed(
			`guide.${field}.phones`,
			[...path, 'phones'],
			s.t(
				`${noun[0]}的电话由 ${(a?.phones ?? []).join('、') || '无'} 改为 ${(b?.phones ?? []).join('、') || '无'}`,
				`${noun[1]} phones: ${(a?.phones ?? []).join(', ')} → ${(b?.phones ?? []).join(', ')}`
			),
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
			['email', '电子邮箱', 'email'],
			['address', '地址', 'address'],
			['url', '网址', 'URL']
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
			s.t(
				`到现场次数由 ${a.visits} 次${b.visits > a.visits ? '增加' : '减少'}为 ${b.visits} 次`,
				`Visits on site ${a.visits} → ${b.visits}`
			),
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
			ob.available
				? s.t('开通网上办理', 'Online application opened')
				: s.t('取消网上办理', 'Online application withdrawn'),
			ob.available ? 'looser' : 'stricter',
			oa.available,
			ob.available
		);
	if ((oa.depth ?? 0) !== (ob.depth ?? 0)) {
		const show = (d: number | undefined, locale?: Locale) =>
			d ? label('onlineDepth', d, locale) : msg0(locale);
		s.changed(
			'guide.online.depth',
			[...G, 'online', 'depth'],
			s.t(
				`网办深度由${show(oa.depth)}${(ob.depth ?? 0) > (oa.depth ?? 0) ? '提升' : '降低'}为${show(ob.depth)}`,
				`Online depth ${show(oa.depth, 'en')} → ${show(ob.depth, 'en')}`
			),
			moreIsStricter(ob.depth ?? 0, oa.depth ?? 0),
			oa.depth,
			ob.depth
		);
	}
	if ((oa.url ?? '') !== (ob.url ?? ''))
		s.changed(
			'guide.online.url',
			[...G, 'online', 'url'],
			s.t(
				`网上办理地址由 ${oa.url ?? '无'} 改为 ${ob.url ?? '无'}`,
				`Online URL ${oa.url ?? 'none'} → ${ob.url ?? 'none'}`
			),
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
			s.t(
				`通办范围由${label('crossRegion', ca)}改为${label('crossRegion', cb)}`,
				`Cross-region scope ${label('crossRegion', ca, 'en')} → ${label('crossRegion', cb, 'en')}`
			),
			moreIsStricter(SCOPE.indexOf(cb), SCOPE.indexOf(ca)),
			ca,
			cb
		);
}

function msg0(locale?: Locale): string {
	return locale === 'en' ? 'none' : '无';
}

export function result(s: Sink, a: Guide, b: Guide) {
	const path = [...G, 'result'];
	if (a.result?.type !== b.result?.type)
		s.changed(
			'guide.result.type',
			[...path, 'type'],
			s.t(
				`办理结果类型由${label('resultType', a.result?.type ?? '')}改为${label('resultType', b.result?.type ?? '')}`,
				`Result type ${a.result?.type} → ${b.result?.type}`
			),
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
			['name', '名称', 'name'],
			['delivery', '送达方式', 'delivery'],
			['sample', '样本', 'sample']
		],
		['办理结果', 'Result']
	);
}

export function faq(s: Sink, a: Guide, b: Guide) {
	diffKeyed(s, 'guide.faq', [...G, 'faq'], a.faq, b.faq, {
		key: (x) => trim(x.question),
		added: (x) => [
			s.t(`新增常见问题“${clip(x.question)}”`, `FAQ added: "${clip(x.question)}"`),
			'neutral'
		],
		removed: (x) => [
			s.t(`删除常见问题“${clip(x.question)}”`, `FAQ removed: "${clip(x.question)}"`),
			'neutral'
		],
		moved: (x, from, to) =>
			s.t(
				`常见问题“${clip(x.question, 20)}”由第 ${from} 项移至第 ${to} 项`,
				`FAQ "${clip(x.question, 20)}" moved from ${from} to ${to}`
			),
		compare: (o, n, op, np) =>
			diffStrings(
				s,
				'guide.faq',
				o,
				n,
				op,
				np,
				[['answer', '解答', 'answer', true]],
				[`常见问题“${clip(n.question, 20)}”`, `FAQ "${clip(n.question, 20)}"`]
			)
	});
}
