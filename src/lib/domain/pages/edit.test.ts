import { describe, expect, it } from 'vitest';
import { pageSpecs, placeSection, withPages } from './edit';
import { readPages } from './pages';

describe('editing ui:pages', () => {
	it('moves a section from one page to another, and reads back what it wrote', () => {
		let ui = withPages({ 'ui:order': ['a', 'b'] }, [
			{ title: '一', sections: ['a', 'b'] },
			{ title: '二', sections: [] }
		]);
		ui = withPages(ui, placeSection(pageSpecs(ui), 'b', 1));
		expect(ui).toEqual({
			'ui:order': ['a', 'b'],
			'ui:pages': [
				{ title: '一', sections: ['a'] },
				{ title: '二', sections: ['b'] }
			]
		});
		expect(readPages(ui, ['a', 'b']).problems).toEqual([]);
	});

	it('removes the keyword with the last page: the form is one page again', () => {
		expect(withPages({ 'ui:pages': [{ title: 'x', sections: [] }] }, [])).toEqual({});
		expect(pageSpecs({ 'ui:pages': [{ sections: ['a', 3] }, 'junk'] })).toEqual([
			{ title: '', sections: ['a'] },
			{ title: '', sections: [] }
		]);
	});
});
