// A refused merge or split shows each message beside the field it names.
import { describe, expect, it } from 'vitest';
import type { Problem } from '$lib/api/schemas/common';
import { problemPlaces } from './lineage-problems';

const problem = (slug: string, extra: Partial<Problem> = {}): Problem => ({
	type: `https://banshi.example/problems/${slug}`,
	title: slug,
	status: 422,
	...extra
});

describe('where a merge or split error is shown', () => {
	it('puts located errors beside the item, the list, or the successor field they name', () => {
		const p = problemPlaces(
			problem('lineage-invalid', {
				detail: '不能合并',
				errors: [
					{ pointer: '/codes/1', message: 'A002 重复' },
					{ pointer: '/code', message: '编码格式不对' }
				]
			}),
			3
		);
		expect(p.item).toEqual(['', 'A002 重复', '']);
		expect(p.code).toBe('编码格式不对');
		expect(p.general).toBe('');
		expect(
			problemPlaces(problem('x', { errors: [{ pointer: '/codes', message: '至少两个' }] }), 1).items
		).toBe('至少两个');
	});

	it('puts a conflict beside the successor it names, and the rest at the top', () => {
		const parts = [
			{ code: 'A011', name: '甲一' },
			{ code: 'A012', name: '甲二' }
		];
		const exists = problemPlaces(problem('item-exists', { detail: '事项 A012 已存在' }), 0, parts);
		expect(exists.parts).toEqual([
			{ code: '', name: '', materials: '' },
			{ code: '事项 A012 已存在', name: '', materials: '' }
		]);
		const twin = problemPlaces(
			problem('duplicate-name', { detail: '已有名为“甲一”的事项' }),
			0,
			parts
		);
		expect(twin.parts[0].name).toBe('已有名为“甲一”的事项');
		expect(problemPlaces(problem('item-exists', { detail: '事项 A9 已存在' }), 2).code).toBe(
			'事项 A9 已存在'
		);
		expect(problemPlaces(problem('not-allowed', { detail: '只有管理员可以合并' }), 2).general).toBe(
			'只有管理员可以合并'
		);
		expect(
			problemPlaces(
				problem('lineage-invalid', { errors: [{ pointer: '/parts/1/code', message: '重复' }] }),
				0,
				parts
			).parts[1].code
		).toBe('重复');
	});

	it('puts an unknown department beside the department, an unknown material beside its part', () => {
		const dept = problemPlaces(
			problem('unknown-department', {
				detail: '部门 x 不存在。',
				errors: [{ pointer: '/department', message: '部门 x 不存在。' }]
			}),
			2
		);
		expect([dept.department, dept.general]).toEqual(['部门 x 不存在。', '']);
		const parts = [
			{ code: 'A011', name: '甲一' },
			{ code: 'A012', name: '甲二' }
		];
		const materials = problemPlaces(
			problem('lineage-invalid', {
				errors: [
					{ pointer: '/parts/1/materials/0', message: '没有编号为 lic 的申请材料' },
					{ pointer: '/parts', message: '申请材料“申请表”（form）没有任何新事项保留' }
				]
			}),
			0,
			parts
		);
		expect(materials.parts.map((p) => p.materials)).toEqual(['', '没有编号为 lic 的申请材料']);
		expect([materials.items, materials.general]).toEqual([
			'申请材料“申请表”（form）没有任何新事项保留',
			''
		]);
	});
});
