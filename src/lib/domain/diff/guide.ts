// The service guide (办事指南): legal bases, conditions, process, time limits, fees, places, contacts,
// visits, online depth, result and FAQ.
import type { Guide, LegalBasis, ProcessStep, SpecialProcedure, TimeLimit } from '../item/types';
import type { Locale } from '../i18n';
import { diffKeyed, diffStrings, diffTextList } from './keyed';
import { Sink, same, type Path } from './sink';
import { book, trim } from './text';
import { compareLimits, formatLimit } from './units';
import type { ApplicantEffect, Change } from './types';
import { channels, contact, faq, fees, locations, result, visitsAndOnline } from './guide-service';
import { diffNationalElements } from './guide-national';

const G = ['guide'];

export function diffGuide(a: Guide, b: Guide, locale?: Locale): Change[] {
	const s = new Sink('guide', locale);
	const { t } = s;
	basisList(s, 'legalBasis', a.legalBasis, b.legalBasis);
	basisList(s, 'implementationBasis', a.implementationBasis, b.implementationBasis);
	diffTextList(s, 'guide.conditions', [...G, 'conditions'], a.conditions, b.conditions, {
		noun: t('diff.guide.conditions'),
		added: 'stricter',
		removed: 'looser'
	});
	diffTextList(s, 'guide.refusalCases', [...G, 'refusalCases'], a.refusalCases, b.refusalCases, {
		noun: t('diff.guide.refusalCases'),
		added: 'stricter',
		removed: 'looser'
	});
	processSteps(s, a.process, b.process);
	timeLimit(
		s,
		'legalTimeLimit',
		t('diff.guide.legalTimeLimit'),
		a.legalTimeLimit,
		b.legalTimeLimit
	);
	timeLimit(
		s,
		'promisedTimeLimit',
		t('diff.guide.promisedTimeLimit'),
		a.promisedTimeLimit,
		b.promisedTimeLimit
	);
	specialProcedures(s, a.specialProcedures, b.specialProcedures);
	fees(s, a, b);
	channels(s, a, b);
	locations(s, a, b);
	contact(s, 'consult', a.consult, b.consult);
	contact(s, 'complaint', a.complaint, b.complaint);
	visitsAndOnline(s, a, b);
	result(s, a, b);
	faq(s, a, b);
	diffNationalElements(s, a, b);
	return s.changes;
}

function basisName(b: LegalBasis): string {
	return `${book(b.law)}${b.article ?? ''}`;
}

function basisList(
	s: Sink,
	field: 'legalBasis' | 'implementationBasis',
	a: LegalBasis[] | undefined,
	b: LegalBasis[] | undefined
) {
	const noun = s.t(`diff.guide.${field}`);
	diffKeyed(s, `guide.${field}`, [...G, field], a, b, {
		key: (x) => `${trim(x.law)}|${trim(x.article)}`,
		fallbackKey: (x) => trim(x.law),
		added: (x) => [s.t('diff.basis.added', { noun, basis: basisName(x) }), 'neutral'],
		removed: (x) => [s.t('diff.basis.removed', { noun, basis: basisName(x) }), 'neutral'],
		moved: (x, from, to) => s.t('diff.basis.moved', { noun, basis: basisName(x), from, to }),
		compare: (o, n, op, np) =>
			diffStrings(
				s,
				`guide.${field}`,
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
				s.t('diff.basis.subject', { noun, basis: basisName(n) })
			)
	});
}

function timeLimit(
	s: Sink,
	field: string,
	noun: string,
	a: TimeLimit,
	b: TimeLimit,
	path: Path = [...G, field],
	code = `guide.${field}`
) {
	if (!a || !b || same(a, b)) return;
	if (a.value !== b.value || a.unit !== b.unit) {
		const d = compareLimits(a, b);
		const effect: ApplicantEffect = d < 0 ? 'looser' : d > 0 ? 'stricter' : 'neutral';
		s.changed(
			code,
			path,
			s.t(d < 0 ? 'diff.limit.shortened' : d > 0 ? 'diff.limit.extended' : 'diff.limit.changed', {
				noun,
				old: formatLimit(a, s.locale),
				new: formatLimit(b, s.locale)
			}),
			effect,
			{ value: a.value, unit: a.unit },
			{ value: b.value, unit: b.unit }
		);
	}
	if ((a.note ?? '') !== (b.note ?? ''))
		s.changed(
			`${code}.note`,
			[...path, 'note'],
			s.t('diff.limit.note', { noun }),
			'neutral',
			a.note,
			b.note,
			true
		);
}

function processSteps(s: Sink, a: ProcessStep[], b: ProcessStep[]) {
	diffKeyed(s, 'guide.process', [...G, 'process'], a, b, {
		key: (x) => trim(x.name),
		added: (x) => [s.t('diff.step.added', { name: x.name }), 'neutral'],
		removed: (x) => [s.t('diff.step.removed', { name: x.name }), 'neutral'],
		moved: (x, from, to) => s.t('diff.step.moved', { name: x.name, from, to }),
		compare: (o, n, op, np) => {
			diffStrings(
				s,
				'guide.process',
				o,
				n,
				op,
				np,
				[
					['actor', 'diff.field.step.actor'],
					['standard', 'diff.field.step.standard', true],
					['result', 'diff.field.step.result']
				],
				s.t('diff.step.subject', { name: n.name })
			);
			if (o.timeLimit && n.timeLimit)
				timeLimit(
					s,
					'timeLimit',
					s.t('diff.step.timeLimit', { name: n.name }),
					o.timeLimit,
					n.timeLimit,
					[...np, 'timeLimit'],
					'guide.process.timeLimit'
				);
			else if (!same(o.timeLimit, n.timeLimit))
				s.changed(
					'guide.process.timeLimit',
					[...np, 'timeLimit'],
					s.t('diff.step.timeLimitChanged', {
						name: n.name,
						old: formatLimit(o.timeLimit, s.locale),
						new: formatLimit(n.timeLimit, s.locale)
					}),
					'neutral',
					o.timeLimit,
					n.timeLimit,
					false,
					[...op, 'timeLimit']
				);
		}
	});
}

function specialProcedures(
	s: Sink,
	a: SpecialProcedure[] | undefined,
	b: SpecialProcedure[] | undefined
) {
	diffKeyed(s, 'guide.specialProcedures', [...G, 'specialProcedures'], a, b, {
		key: (x) => trim(x.name),
		// time spent in a special procedure is not counted in the limit: the applicant waits longer
		added: (x) => [s.t('diff.procedure.added', { name: x.name }), 'stricter'],
		removed: (x) => [s.t('diff.procedure.removed', { name: x.name }), 'looser'],
		moved: (x, from, to) => s.t('diff.procedure.moved', { name: x.name, from, to }),
		compare: (o, n, op, np) => {
			diffStrings(
				s,
				'guide.specialProcedures',
				o,
				n,
				op,
				np,
				[['basis', 'diff.field.procedure.basis']],
				s.t('diff.procedure.subject', { name: n.name })
			);
			if (o.timeLimit && n.timeLimit)
				timeLimit(
					s,
					'timeLimit',
					s.t('diff.procedure.timeLimit', { name: n.name }),
					o.timeLimit,
					n.timeLimit,
					[...np, 'timeLimit'],
					'guide.specialProcedures.timeLimit'
				);
		}
	});
}
