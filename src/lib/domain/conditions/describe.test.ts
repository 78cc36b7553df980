import { describe, expect, it } from 'vitest';
import { describeCondition } from '.';

describe('a condition in words', () => {
	it('reads AND / OR groups the way a clerk says them', () => {
		const titles: Record<string, string> = {
			'applicant.kind': '申请人类型',
			'agent.entrusted': '委托代理人办理',
			'applicant.age': '年龄'
		};
		const text = describeCondition(
			{
				all: false,
				parts: [
					{ field: ['applicant', 'kind'], op: 'equals', value: '企业' },
					{
						all: true,
						parts: [
							{ field: ['agent', 'entrusted'], op: 'equals', value: true },
							{ field: ['applicant', 'age'], op: 'lt', value: 18 }
						]
					}
				]
			},
			{ title: (k) => titles[k] }
		);
		expect(text).toBe('「申请人类型」为“企业”，或（「委托代理人办理」为“是”且「年龄」小于 18）');
		expect(
			describeCondition({ field: ['a'], op: 'oneOf', value: ['x', 'y'] }, { locale: 'en' })
		).toBe('"a" is one of "x, y"');
	});
});
