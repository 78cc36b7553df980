// The service guide (办事指南): legal bases, conditions, process, time limits, fees, places, contacts,
// visits, online depth, result and FAQ.
import type { Guide, LegalBasis, ProcessStep, SpecialProcedure, TimeLimit } from '../item/types';
import type { Locale } from '../i18n';
import { diffKeyed, diffStrings, diffTextList } from './keyed';
import { Sink, same, type Path } from './sink';
import { book, quote, trim } from './text';
import { compareLimits, formatLimit } from './units';
import type { ApplicantEffect, Change } from './types';
import { channels, contact, faq, fees, locations, result, visitsAndOnline } from './guide-service';

const G = ['guide'];

export function diffGuide(a: Guide, b: Guide, locale?: Locale): Change[] {
	const s = new Sink('guide', locale);
	basisList(s, 'legalBasis', ['设定依据', 'Legal basis'], a.legalBasis, b.legalBasis);
	basisList(
		s,
		'implementationBasis',
		['实施依据', 'Implementation basis'],
		a.implementationBasis,
		b.implementationBasis
	);
	diffTextList(s, 'guide.conditions', [...G, 'conditions'], a.conditions, b.conditions, {
		noun: ['受理条件', 'Condition'],
		added: 'stricter',
		removed: 'looser'
	});
	diffTextList(s, 'guide.refusalCases', [...G, 'refusalCases'], a.refusalCases, b.refusalCases, {
		noun: ['不予受理情形', 'Refusal case'],
		added: 'stricter',
		removed: 'looser'
	});
	processSteps(s, a.process, b.process);
	timeLimit(
		s,
		'legalTimeLimit',
		['法定办结时限', 'Legal time limit'],
		a.legalTimeLimit,
		b.legalTimeLimit
	);
	timeLimit(
		s,
		'promisedTimeLimit',
		['承诺办结时限', 'Promised time limit'],
		a.promisedTimeLimit,
		b.promisedTimeLimit
	);
	specialProcedures(s, a.specialProcedures, b.specialProcedures);
	fees(s, a, b);
	channels(s, a, b);
	locations(s, a, b);
	contact(s, 'consult', ['咨询方式', 'Consultation contact'], a.consult, b.consult);
	contact(s, 'complaint', ['监督投诉方式', 'Complaint contact'], a.complaint, b.complaint);
	visitsAndOnline(s, a, b);
	result(s, a, b);
	faq(s, a, b);
	return s.changes;
}

function basisName(b: LegalBasis): string {
	return `${book(b.law)}${b.article ?? ''}`;
}

function basisList(
	s: Sink,
	field: 'legalBasis' | 'implementationBasis',
	noun: [string, string],
	a: LegalBasis[] | undefined,
	b: LegalBasis[] | undefined
) {
	diffKeyed(s, `guide.${field}`, [...G, field], a, b, {
		key: (x) => `${trim(x.law)}|${trim(x.article)}`,
		fallbackKey: (x) => trim(x.law),
		added: (x) => [
			s.t(`新增${noun[0]}${basisName(x)}`, `${noun[1]} added: ${basisName(x)}`),
			'neutral'
		],
		removed: (x) => [
			s.t(`删除${noun[0]}${basisName(x)}`, `${noun[1]} removed: ${basisName(x)}`),
			'neutral'
		],
		moved: (x, from, to) =>
			s.t(
				`${noun[0]}${basisName(x)}由第 ${from} 项移至第 ${to} 项`,
				`${noun[1]} ${basisName(x)} moved from ${from} to ${to}`
			),
		compare: (o, n, op, np) =>
			diffStrings(
				s,
				`guide.${field}`,
				o,
				n,
				op,
				np,
				[
					['law', '法规名称', 'law'],
					['docNumber', '文号', 'document number'],
					['article', '条款号', 'article'],
					['text', '条款内容', 'article text', true]
				],
				[`${noun[0]}${basisName(n)}`, `${noun[1]} ${basisName(n)}`]
			)
	});
}

function timeLimit(
	s: Sink,
	field: string,
	noun: [string, string],
	a: TimeLimit,
	b: TimeLimit,
	path: Path = [...G, field],
	code = `guide.${field}`
) {
	if (!a || !b || same(a, b)) return;
	if (a.value !== b.value || a.unit !== b.unit) {
		const d = compareLimits(a, b);
		const effect: ApplicantEffect = d < 0 ? 'looser' : d > 0 ? 'stricter' : 'neutral';
		const verb =
			d < 0
				? s.t('缩短为', 'shortened to')
				: d > 0
					? s.t('延长为', 'extended to')
					: s.t('改为', 'changed to');
		s.changed(
			code,
			path,
			s.t(
				`${noun[0]}由 ${formatLimit(a, s.locale)}${verb} ${formatLimit(b, s.locale)}`,
				`${noun[1]} ${formatLimit(a, 'en')} ${verb} ${formatLimit(b, 'en')}`
			),
			effect,
			{ value: a.value, unit: a.unit },
			{ value: b.value, unit: b.unit }
		);
	}
	if ((a.note ?? '') !== (b.note ?? ''))
		s.changed(
			`${code}.note`,
			[...path, 'note'],
			s.t(`${noun[0]}的说明已修改`, `${noun[1]}: note edited`),
			'neutral',
			a.note,
			b.note,
			true
		);
}

function processSteps(s: Sink, a: ProcessStep[], b: ProcessStep[]) {
	diffKeyed(s, 'guide.process', [...G, 'process'], a, b, {
		key: (x) => trim(x.name),
		added: (x) => [
			s.t(`新增办理环节${quote(x.name)}`, `Process step "${x.name}" added`),
			'neutral'
		],
		removed: (x) => [
			s.t(`删除办理环节${quote(x.name)}`, `Process step "${x.name}" removed`),
			'neutral'
		],
		moved: (x, from, to) =>
			s.t(
				`办理环节${quote(x.name)}由第 ${from} 步移至第 ${to} 步`,
				`Process step "${x.name}" moved from ${from} to ${to}`
			),
		compare: (o, n, op, np) => {
			diffStrings(
				s,
				'guide.process',
				o,
				n,
				op,
				np,
				[
					['actor', '办理人员', 'actor'],
					['standard', '审查标准', 'standard', true],
					['result', '办理结果', 'result']
				],
				[`办理环节${quote(n.name)}`, `Step "${n.name}"`]
			);
			if (o.timeLimit && n.timeLimit)
				timeLimit(
					s,
					'timeLimit',
					[`办理环节${quote(n.name)}的时限`, `Step "${n.name}" time limit`],
					o.timeLimit,
					n.timeLimit,
					[...np, 'timeLimit'],
					'guide.process.timeLimit'
				);
			else if (!same(o.timeLimit, n.timeLimit))
				s.changed(
					'guide.process.timeLimit',
					[...np, 'timeLimit'],
					s.t(
						`办理环节${quote(n.name)}的时限由 ${formatLimit(o.timeLimit, s.locale)} 改为 ${formatLimit(n.timeLimit, s.locale)}`,
						`Step "${n.name}" time limit ${formatLimit(o.timeLimit, 'en')} → ${formatLimit(n.timeLimit, 'en')}`
					),
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
		added: (x) => [
			s.t(`新增特别程序${quote(x.name)}`, `Special procedure "${x.name}" added`),
			'stricter'
		],
		removed: (x) => [
			s.t(`取消特别程序${quote(x.name)}`, `Special procedure "${x.name}" removed`),
			'looser'
		],
		moved: (x, from, to) =>
			s.t(
				`特别程序${quote(x.name)}由第 ${from} 项移至第 ${to} 项`,
				`Special procedure "${x.name}" moved from ${from} to ${to}`
			),
		compare: (o, n, op, np) => {
			diffStrings(
				s,
				'guide.specialProcedures',
				o,
				n,
				op,
				np,
				[['basis', '依据', 'basis']],
				[`特别程序${quote(n.name)}`, `Special procedure "${n.name}"`]
			);
			if (o.timeLimit && n.timeLimit)
				timeLimit(
					s,
					'timeLimit',
					[`特别程序${quote(n.name)}的时限`, `Special procedure "${n.name}" time limit`],
					o.timeLimit,
					n.timeLimit,
					[...np, 'timeLimit'],
					'guide.specialProcedures.timeLimit'
				);
		}
	});
}
