// The elements of the national set beyond the core guide: 权力来源, 委托, 联办, 业务办理项, 中介服务,
// 数量限制, 监管, 事项状态, service flags, 主题分类, 复议/诉讼, 乡镇/村居. Absent on both sides in every
// document from before them, so an old version against a new one reports each as added.
import { joinList } from '../i18n';
import { label, type LabelEnum } from '../item/labels';
import type {
	Entrustment,
	Guide,
	LegalBasis,
	Lineage,
	ServiceFlags,
	TimeLimit
} from '../item/types';
import { diffKeyed, diffStrings } from './keyed';
import type { DiffKey } from './messages';
import { Sink, same, type Path } from './sink';
import { book, clip, trim } from './text';
import { formatLimit } from './units';
import type { ApplicantEffect } from './types';

const G = ['guide'];
type Noun = DiffKey & `diff.national.noun.${string}`;

/** One value that is there, gone or different: the sentence names the element and both values. */
function scalar(
	s: Sink,
	code: string,
	path: Path,
	noun: Noun,
	a: unknown,
	b: unknown,
	show: (v: never) => string,
	effect: ApplicantEffect = 'neutral',
	long = false
) {
	if (same(a, b) || (isBlank(a) && isBlank(b))) return;
	const n = s.t(noun);
	const text = (v: unknown) => clip(show(v as never), 40);
	const sentence = isBlank(a)
		? s.t('diff.national.added', { noun: n, value: text(b) })
		: isBlank(b)
			? s.t('diff.national.removed', { noun: n, value: text(a) })
			: long
				? s.t('diff.national.edited', { noun: n })
				: s.t('diff.national.changed', { noun: n, old: text(a), new: text(b) });
	s.changed(code, path, sentence, effect, a, b, long);
}

const isBlank = (v: unknown) =>
	v === undefined || v === null || (typeof v === 'string' && !v.trim());
const asText = (v: unknown) => String(v ?? '');

function set(
	s: Sink,
	code: string,
	path: Path,
	noun: Noun,
	table: LabelEnum,
	a: readonly string[] | undefined,
	b: readonly string[] | undefined
) {
	const sa = new Set(a ?? []);
	const sb = new Set(b ?? []);
	const added = [...sb].filter((x) => !sa.has(x));
	const removed = [...sa].filter((x) => !sb.has(x));
	const names = (xs: string[]) =>
		joinList(
			s.locale,
			xs.map((x) => label(table, x, s.locale))
		);
	if (added.length)
		s.changed(
			code,
			path,
			s.t('diff.national.setAdded', { noun: s.t(noun), values: names(added) }),
			'neutral',
			a,
			b
		);
	if (removed.length)
		s.changed(
			code,
			path,
			s.t('diff.national.setRemoved', { noun: s.t(noun), values: names(removed) }),
			'neutral',
			a,
			b
		);
}

function entrustmentText(e: Entrustment, s: Sink): string {
	const mode = label('entrustmentMode', e.mode, s.locale);
	return `${mode} ${e.department}${e.organisation ? ` → ${e.organisation}` : ''}`;
}

/** 合并 示范事项甲、示范事项乙 — the change and whom it came from, by name (the sentence is clipped;
 * the codes are in the values shown beside it) */
function lineageText(l: Lineage, s: Sink): string {
	const change = label('lineageChange', l.change, s.locale);
	const from = joinList(
		s.locale,
		l.predecessors.map((p) => p.name ?? p.code)
	);
	return `${change} ${from}`;
}

const FLAGS: (keyof ServiceFlags)[] = [
	'lobby',
	'appointment',
	'onlinePayment',
	'express',
	'selfServiceTerminal'
];

function flags(s: Sink, a: ServiceFlags | undefined, b: ServiceFlags | undefined) {
	for (const f of FLAGS) {
		const [x, y] = [a?.[f], b?.[f]];
		if (x === y || (x === undefined && y === false)) continue;
		const noun = s.t(`diff.national.noun.${f}`);
		const key =
			y === true
				? 'diff.national.flagOn'
				: y === false
					? 'diff.national.flagOff'
					: 'diff.national.flagUnset';
		// offering a convenience asks less of the applicant
		const effect: ApplicantEffect = y === true ? 'looser' : x === true ? 'stricter' : 'neutral';
		s.changed(`guide.services.${f}`, [...G, 'services', f], s.t(key, { noun }), effect, x, y);
	}
}

function supervisionBasis(s: Sink, a: LegalBasis[] | undefined, b: LegalBasis[] | undefined) {
	const noun = s.t('diff.national.noun.supervisionBasis');
	const name = (x: LegalBasis) => `${book(x.law)}${x.article ?? ''}`;
	diffKeyed(s, 'guide.supervision.basis', [...G, 'supervision', 'basis'], a, b, {
		key: (x) => `${trim(x.law)}|${trim(x.article)}`,
		fallbackKey: (x) => trim(x.law),
		added: (x) => [s.t('diff.national.added', { noun, value: name(x) }), 'neutral'],
		removed: (x) => [s.t('diff.national.removed', { noun, value: name(x) }), 'neutral'],
		moved: (x, from, to) => s.t('diff.basis.moved', { noun, basis: name(x), from, to }),
		compare: (o, n, op, np) =>
			diffStrings(
				s,
				'guide.supervision.basis',
				o,
				n,
				op,
				np,
				[
					['law', 'diff.field.basis.law'],
					['docNumber', 'diff.field.basis.docNumber'],
					['article', 'diff.field.basis.article'],
					['text', 'diff.field.basis.text', true]
				],
				s.t('diff.basis.subject', { noun, basis: name(n) })
			)
	});
}

export function diffNationalElements(s: Sink, a: Guide, b: Guide) {
	const { t } = s;
	scalar(
		s,
		'guide.powerSource',
		[...G, 'powerSource'],
		'diff.national.noun.powerSource',
		a.powerSource,
		b.powerSource,
		(v: string) => label('powerSource', v, s.locale)
	);
	scalar(
		s,
		'guide.entrustment',
		[...G, 'entrustment'],
		'diff.national.noun.entrustment',
		a.entrustment,
		b.entrustment,
		(v: Entrustment) => entrustmentText(v, s)
	);
	scalar(
		s,
		'guide.lineage',
		[...G, 'lineage'],
		'diff.national.noun.lineage',
		a.lineage,
		b.lineage,
		(v: Lineage) => lineageText(v, s)
	);
	diffKeyed(
		s,
		'guide.jointDepartments',
		[...G, 'jointDepartments'],
		a.jointDepartments,
		b.jointDepartments,
		{
			key: (x) => trim(x.name),
			added: (x) => [
				t('diff.national.added', { noun: t('diff.national.noun.jointDepartments'), value: x.name }),
				'neutral'
			],
			removed: (x) => [
				t('diff.national.removed', {
					noun: t('diff.national.noun.jointDepartments'),
					value: x.name
				}),
				'neutral'
			],
			moved: (x, from, to) => t('diff.step.moved', { name: x.name, from, to }),
			compare: (o, n, op, np) =>
				diffStrings(
					s,
					'guide.jointDepartments',
					o,
					n,
					op,
					np,
					[
						['role', 'diff.field.joint.role'],
						['creditCode', 'diff.field.joint.creditCode']
					],
					t('diff.national.jointDepartment', { name: n.name })
				)
		}
	);
	scalar(
		s,
		'guide.handlingItem',
		[...G, 'handlingItem'],
		'diff.national.noun.handlingItem',
		a.handlingItem,
		b.handlingItem,
		(v: Guide['handlingItem']) => [v?.code, v?.name].filter(Boolean).join(' ')
	);
	diffKeyed(
		s,
		'guide.intermediaries',
		[...G, 'intermediaries'],
		a.intermediaries,
		b.intermediaries,
		{
			key: (x) => trim(x.name),
			// a required service is one more thing the applicant must obtain (and pay for)
			added: (x) => [
				t('diff.national.added', { noun: t('diff.national.noun.intermediaries'), value: x.name }),
				x.required ? 'stricter' : 'neutral'
			],
			removed: (x) => [
				t('diff.national.removed', { noun: t('diff.national.noun.intermediaries'), value: x.name }),
				x.required ? 'looser' : 'neutral'
			],
			moved: (x, from, to) => t('diff.step.moved', { name: x.name, from, to }),
			compare: (o, n, op, np) => {
				if (o.required !== n.required)
					s.changed(
						'guide.intermediaries.required',
						[...np, 'required'],
						t(n.required ? 'diff.national.required' : 'diff.national.notRequired', {
							name: n.name
						}),
						n.required ? 'stricter' : 'looser',
						o.required,
						n.required,
						false,
						[...op, 'required']
					);
				const limit = (l: TimeLimit | undefined) => (l ? formatLimit(l, s.locale) : undefined);
				diffStrings(
					s,
					'guide.intermediaries',
					{ provider: o.provider, feeBasis: o.feeBasis, timeLimit: limit(o.timeLimit) },
					{ provider: n.provider, feeBasis: n.feeBasis, timeLimit: limit(n.timeLimit) },
					op,
					np,
					[
						['provider', 'diff.field.intermediary.provider'],
						['feeBasis', 'diff.field.intermediary.feeBasis'],
						['timeLimit', 'diff.field.intermediary.timeLimit']
					],
					t('diff.national.intermediary', { name: n.name })
				);
			}
		}
	);
	scalar(
		s,
		'guide.quantityLimit',
		[...G, 'quantityLimit'],
		'diff.national.noun.quantityLimit',
		a.quantityLimit,
		b.quantityLimit,
		asText,
		'neutral',
		true
	);
	supervisionBasis(s, a.supervision?.basis, b.supervision?.basis);
	set(
		s,
		'guide.supervision.methods',
		[...G, 'supervision', 'methods'],
		'diff.national.noun.supervisionMethods',
		'supervisionMethod',
		a.supervision?.methods,
		b.supervision?.methods
	);
	scalar(
		s,
		'guide.supervision.note',
		[...G, 'supervision', 'note'],
		'diff.national.noun.supervisionNote',
		a.supervision?.note,
		b.supervision?.note,
		asText,
		'neutral',
		true
	);
	const state = (x: Guide) => x.itemStatus?.state ?? 'active';
	if (state(a) !== state(b))
		s.changed(
			'guide.itemStatus.state',
			[...G, 'itemStatus', 'state'],
			t('diff.national.changed', {
				noun: t('diff.national.noun.itemStatus'),
				old: label('itemState', state(a), s.locale),
				new: label('itemState', state(b), s.locale)
			}),
			// a suspended or cancelled item can no longer be applied for
			state(b) === 'active' ? 'looser' : 'stricter',
			state(a),
			state(b)
		);
	for (const f of ['plannedEffectiveOn', 'plannedCancelOn'] as const)
		scalar(
			s,
			`guide.itemStatus.${f}`,
			[...G, 'itemStatus', f],
			`diff.national.noun.${f}`,
			a.itemStatus?.[f],
			b.itemStatus?.[f],
			asText
		);
	scalar(
		s,
		'guide.itemStatus.reason',
		[...G, 'itemStatus', 'reason'],
		'diff.national.noun.statusReason',
		a.itemStatus?.reason,
		b.itemStatus?.reason,
		asText,
		'neutral',
		true
	);
	flags(s, a.services, b.services);
	set(
		s,
		'guide.topics.person',
		[...G, 'topics', 'person'],
		'diff.national.noun.personTopics',
		'personTopic',
		a.topics?.person,
		b.topics?.person
	);
	set(
		s,
		'guide.topics.legalPerson',
		[...G, 'topics', 'legalPerson'],
		'diff.national.noun.legalPersonTopics',
		'legalPersonTopic',
		a.topics?.legalPerson,
		b.topics?.legalPerson
	);
	for (const f of ['reconsideration', 'litigation'] as const)
		scalar(
			s,
			`guide.remedies.${f}`,
			[...G, 'remedies', f],
			`diff.national.noun.${f}`,
			a.remedies?.[f],
			b.remedies?.[f],
			asText,
			'neutral',
			true
		);
	for (const f of ['townCode', 'villageCode'] as const)
		scalar(
			s,
			`guide.area.${f}`,
			[...G, 'area', f],
			`diff.national.noun.${f}`,
			a.area?.[f],
			b.area?.[f],
			asText
		);
}
