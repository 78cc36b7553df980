import { describe, expect, it } from 'vitest';
import { hasPages, pageOfPointer, readPages } from './pages';

const sections = ['applicant', 'business', 'premises', 'materials'];

describe('ui:pages', () => {
	it('is a single-page form without the keyword', () => {
		expect(readPages({}, sections)).toEqual({ pages: null, problems: [] });
		expect(hasPages({ 'ui:order': ['applicant'] })).toBe(false);
	});

	it('puts each section on its page, in the form order, and sections on no page on the last', () => {
		const ui = {
			'ui:pages': [
				{ title: '申请人', sections: ['applicant'] },
				{ title: '经营信息', sections: ['premises', 'business'] }
			]
		};
		expect(hasPages(ui)).toBe(true);
		const { pages, problems } = readPages(ui, sections);
		expect(pages).toEqual([
			{ title: '申请人', sections: ['applicant'] },
			{ title: '经营信息', sections: ['business', 'premises', 'materials'] }
		]);
		expect(problems).toEqual([{ kind: 'unassigned', sections: ['materials'] }]);
	});

	it('ignores unknown sections, keeps a section listed twice on its first page, drops empty pages', () => {
		const ui = {
			'ui:pages': [
				{ title: '一', sections: ['applicant', 'business'] },
				{ title: '', sections: ['ghost', 'business'] },
				{ title: '三', sections: ['premises', 'materials'] }
			]
		};
		const { pages, problems } = readPages(ui, sections);
		expect(pages).toEqual([
			{ title: '一', sections: ['applicant', 'business'] },
			{ title: '三', sections: ['premises', 'materials'] }
		]);
		expect(problems).toEqual([
			{ kind: 'untitledPage', page: 1 },
			{ kind: 'unknownSection', page: 1, section: 'ghost' },
			{ kind: 'duplicateSection', page: 1, section: 'business', first: 0 },
			{ kind: 'emptyPage', page: 1 }
		]);
	});

	it('reports a malformed value and falls back to one page', () => {
		expect(readPages({ 'ui:pages': 'steps' }, sections)).toEqual({
			pages: null,
			problems: [{ kind: 'malformed' }]
		});
		expect(readPages({ 'ui:pages': [] }, sections).pages).toBeNull();
	});

	it('finds the page of an error by its top-level section', () => {
		const { pages } = readPages(
			{
				'ui:pages': [
					{ title: 'a', sections: ['applicant'] },
					{ title: 'b', sections: [] }
				]
			},
			['applicant', 'a/b']
		);
		const two = [
			{ title: 'a', sections: ['applicant'] },
			{ title: 'b', sections: ['a/b'] }
		];
		expect(pages).toEqual(two);
		expect(pageOfPointer(two, '/a~1b/x')).toBe(1);
		expect(pageOfPointer(two, '/applicant/name')).toBe(0);
		expect(pageOfPointer(two, '')).toBe(0);
	});
});
