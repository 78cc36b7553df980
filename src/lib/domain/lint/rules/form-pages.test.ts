import { describe, expect, it } from 'vitest';
import { lintItem } from '../run';
import { newItem } from '../../item/new-item';
import type { Item } from '../../item/types';

function withPages(pages: unknown): Item {
	const item = newItem() as Item;
	item.form = {
		schema: {
			type: 'object',
			properties: {
				applicant: { type: 'object', title: '申请人', properties: {} },
				premises: { type: 'object', title: '经营场所', properties: {} }
			}
		},
		uiSchema: { 'ui:pages': pages }
	};
	return item;
}

const found = (item: Item) =>
	lintItem(item)
		.filter((f) => f.rule === 'form-pages')
		.map((f) => [f.pointer, f.message]);

describe('lint: form pages', () => {
	it('is quiet for well-formed pages, the materials left to the last step', () => {
		const item = withPages([
			{ title: '申请人', sections: ['applicant'] },
			{ title: '经营场所', sections: ['premises'] }
		]);
		expect(found(item)).toEqual([]);
	});

	it('names unknown, doubled, untitled and unplaced sections', () => {
		const item = withPages([
			{ title: '申请人', sections: ['applicant', 'ghost'] },
			{ title: ' ', sections: ['applicant'] }
		]);
		expect(found(item)).toEqual([
			['/form/uiSchema/ui:pages', '分组“经营场所”未排入任何一步，将显示在最后一步'],
			['/form/uiSchema/ui:pages/0', '第 1 步列出的分组“ghost”不在表单中'],
			['/form/uiSchema/ui:pages/1', '第 2 步没有标题'],
			['/form/uiSchema/ui:pages/1', '分组“applicant”已在第 1 步，不能再排入第 2 步']
		]);
	});
});
