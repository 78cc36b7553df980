import { describe, expect, it } from 'vitest';
import type { LegalBasis } from '../item/types';
import {
	affectedCitations,
	applyChange,
	applyToDocument,
	articleLabel,
	checkAmendment,
	citesArticle,
	matchLaw,
	parseArticle,
	parseArticleLines,
	parseArticleList,
	parseRenumberLines,
	toChineseNumeral,
	updateCitation,
	type Law,
	type LawAmendment
} from '.';

const law: Law = {
	id: 'wild-plants',
	title: '中华人民共和国野生植物保护条例',
	docNumber: '国务院令第204号',
	issuer: '国务院',
	level: 'administrative-regulation',
	effectiveOn: '1997-01-01',
	articles: [
		{ number: '第十五条', text: '十五条原文' },
		{ number: '第十六条', text: '十六条原文' },
		{ number: '第十七条', text: '十七条原文' },
		{ number: '第十八条', text: '十八条原文' }
	]
};

const amendment: LawAmendment = {
	kind: 'amendment',
	title: '2026年修订',
	docNumber: '国务院令第800号',
	effectiveOn: '2026-03-01',
	amended: [{ number: '第十五条', text: '十六条新文' }],
	renumbered: [
		{ from: '第十六条', to: '第十五条' },
		{ from: '第十七条', to: '第十六条' }
	],
	deleted: ['第十五条'],
	added: [{ number: '第十九条', text: '新增条款' }]
};

describe('article numbers', () => {
	it('reads 第十六条, 第16条, 16 and 第一百零二条第二款 as articles', () => {
		expect(parseArticle('第十六条')).toEqual({ n: 16, rest: '' });
		expect(parseArticle('第16条')).toEqual({ n: 16, rest: '' });
		expect(parseArticle(' 16 ')).toEqual({ n: 16, rest: '' });
		expect(parseArticle('第一百零二条第二款')).toEqual({ n: 102, rest: '第二款' });
		expect(parseArticle('附件一')).toBeUndefined();
	});
	it('writes 10, 16, 102, 110 and 1000 the way laws number them', () => {
		expect([10, 16, 102, 110, 1000, 1010].map(toChineseNumeral)).toEqual([
			'十',
			'十六',
			'一百零二',
			'一百一十',
			'一千',
			'一千零一十'
		]);
		for (let n = 1; n < 400; n++) expect(parseArticle(articleLabel(n))?.n).toBe(n);
	});
});

describe('matching free-text citations to the registry', () => {
	it('matches by 文号 or by title with or without 中华人民共和国 and a trailing edition', () => {
		expect(matchLaw({ law: '《野生植物保护条例》' }, [law])?.id).toBe('wild-plants');
		expect(matchLaw({ law: '《中华人民共和国野生植物保护条例》（2017年修订）' }, [law])?.id).toBe(
			'wild-plants'
		);
		expect(matchLaw({ law: '某条例', docNumber: '国务院令第 204 号' }, [law])?.id).toBe(
			'wild-plants'
		);
		expect(matchLaw({ law: '《森林法》' }, [law])).toBeUndefined();
	});
	it('a linked citation names its law by id, whatever its text says', () => {
		expect(matchLaw({ law: '《森林法》', lawId: 'wild-plants' }, [law])?.id).toBe('wild-plants');
	});
});

describe('an amendment', () => {
	it('renumbers, amends, deletes and adds articles of the law', () => {
		const after = applyChange(law, amendment);
		expect(after.articles).toEqual([
			{ number: '第十五条', text: '十六条新文' },
			{ number: '第十六条', text: '十七条原文' },
			{ number: '第十八条', text: '十八条原文' },
			{ number: '第十九条', text: '新增条款' }
		]);
		expect(after.docNumber).toBe('国务院令第204号');
		expect(after.effectiveOn).toBe('2026-03-01');
	});

	it('updates a renumbered citation with its new number and text, flags a deleted one, leaves others', () => {
		const c = (article: string): LegalBasis => ({
			law: '《野生植物保护条例》',
			article,
			text: 'x'
		});
		const moved = updateCitation(c('第十六条'), law, amendment);
		expect(moved).toMatchObject({
			kind: 'updated',
			basis: {
				lawId: 'wild-plants',
				law: '《中华人民共和国野生植物保护条例》',
				docNumber: '国务院令第204号',
				article: '第十五条',
				text: '十六条新文',
				effectiveOn: '2026-03-01'
			}
		});
		expect(updateCitation(c('第十七条第二款'), law, amendment)).toMatchObject({
			kind: 'updated',
			basis: { article: '第十六条第二款', text: 'x' }
		});
		expect(updateCitation(c('第十五条'), law, amendment)).toMatchObject({
			kind: 'needs-decision',
			reason: 'article-deleted',
			basis: { needsDecision: 'article-deleted', article: '第十五条' }
		});
		expect(updateCitation(c('第十八条'), law, amendment).kind).toBe('unaffected');
		expect(updateCitation({ law: '《野生植物保护条例》' }, law, amendment).kind).toBe('unaffected');
	});

	it('a repeal leaves every citation of the law for a decision', () => {
		const out = updateCitation({ law: '《野生植物保护条例》', article: '第十八条' }, law, {
			kind: 'repeal',
			title: '废止',
			effectiveOn: '2026-06-01'
		});
		expect(out).toMatchObject({ kind: 'needs-decision', reason: 'law-repealed' });
		expect(
			applyChange(law, { kind: 'repeal', title: '废止', effectiveOn: '2026-06-01' }).repealedOn
		).toBe('2026-06-01');
	});

	it('finds the affected citations in a document and rewrites only those, in a copy', () => {
		const doc = {
			guide: {
				legalBasis: [
					{ law: '《中华人民共和国野生植物保护条例》', article: '第十六条' },
					{ law: '《中华人民共和国行政许可法》', article: '第十二条' }
				],
				implementationBasis: [
					{ law: '《野生植物保护条例》', article: '第十五条' },
					{ law: '《野生植物保护条例》', article: '第十八条' }
				]
			}
		} as unknown as Parameters<typeof affectedCitations>[0];
		const found = affectedCitations(doc, law, amendment);
		expect(found.map((c) => [c.pointer, c.outcome.kind])).toEqual([
			['/guide/legalBasis/0', 'updated'],
			['/guide/implementationBasis/0', 'needs-decision']
		]);
		const next = applyToDocument(doc, found);
		expect(next.guide.legalBasis[0].article).toBe('第十五条');
		expect(next.guide.implementationBasis![0].needsDecision).toBe('article-deleted');
		expect(next.guide.implementationBasis![1]).toEqual({
			law: '《野生植物保护条例》',
			article: '第十八条'
		});
		expect(doc.guide.legalBasis[0].article).toBe('第十六条');
	});

	it('is checked against the law: unknown articles and contradictions are located', () => {
		const problems = checkAmendment(law, {
			...amendment,
			deleted: ['第九十条', '第十五条'],
			renumbered: [
				{ from: '第十五条', to: '第二十条' },
				{ from: '第十七条', to: '第二十条' },
				{ from: '十七', to: '第二十一条' }
			],
			added: [{ number: '第十八条', text: '' }]
		});
		expect(problems.map((p) => [p.pointer, p.code])).toEqual([
			['/deleted/0', 'unknown-article'],
			['/renumbered/0/from', 'deleted-and-moved'],
			['/renumbered/1/to', 'target-taken'],
			['/renumbered/2/from', 'bad-article'],
			['/added/0/number', 'added-exists']
		]);
		expect(checkAmendment(law, amendment)).toEqual([]);
	});
});

describe('searching citations by article', () => {
	it('第16条 finds a citation of 第十六条第二款, not of 第十七条', () => {
		expect(citesArticle({ law: 'x', article: '第十六条第二款' }, '第16条')).toBe(true);
		expect(citesArticle({ law: 'x', article: '第十七条' }, '16')).toBe(false);
		expect(citesArticle({ law: 'x' }, undefined)).toBe(true);
	});
});

describe('the plain-text forms of the administrator', () => {
	it('reads one article per line and names the lines it cannot read', () => {
		expect(parseArticleLines('第十五条 甲\n\n第16条：乙\n附则 丙')).toEqual({
			value: [
				{ number: '第十五条', text: '甲' },
				{ number: '第16条', text: '乙' }
			],
			problems: [{ line: 4, text: '附则 丙' }]
		});
	});
	it('reads renumberings and deleted-article lists', () => {
		expect(parseRenumberLines('第十六条 → 第十五条\n第十七条 第十六条\n第十八条').value).toEqual([
			{ from: '第十六条', to: '第十五条' },
			{ from: '第十七条', to: '第十六条' }
		]);
		expect(parseRenumberLines('第十八条').problems).toEqual([{ line: 1, text: '第十八条' }]);
		expect(parseArticleList('第十五条、第二十条，x')).toEqual({
			value: ['第十五条', '第二十条'],
			problems: [{ line: 1, text: 'x' }]
		});
	});
});
