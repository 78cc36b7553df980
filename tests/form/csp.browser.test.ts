import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { flushSync, mount, unmount } from 'svelte';
import type { ErrorObject } from 'ajv';
import { SchemaForm, precompiledValidator, type FormError } from '$lib/form';
import type { JsonSchema } from '$lib/domain/item/types';
import { setFieldRule } from '$lib/domain/conditions';
import { idCardCheckChar } from '$lib/domain/formats';
import { control, settle } from './render';

const schema: JsonSchema = {
	type: 'object',
	properties: { byAgent: { type: 'boolean', title: '委托代理人办理' } },
	if: { properties: { byAgent: { const: true } }, required: ['byAgent'] },
	then: {
		properties: { agentName: { type: 'string', title: '代理人姓名' } },
		required: ['agentName']
	}
};

// Stands in for an ajv standalone function generated at build time: plain code, no compiling.
function standaloneLike(data: Record<string, unknown>): boolean {
	const errors: ErrorObject[] = [];
	if (data.byAgent === true && data.agentName === undefined) {
		errors.push({
			instancePath: '',
			schemaPath: '#/then/required',
			keyword: 'required',
			params: { missingProperty: 'agentName' }
		});
	}
	standaloneLike.errors = errors.length ? errors : null;
	return errors.length === 0;
}
standaloneLike.errors = null as ErrorObject[] | null;

const realFunction = globalThis.Function;
const realEval = globalThis.eval;
afterEach(() => {
	globalThis.Function = realFunction;
	globalThis.eval = realEval;
});

describe('strict Content-Security-Policy', () => {
	it('renders, resolves conditions and validates with a precompiled validator and no eval', async () => {
		// What a CSP without 'unsafe-eval' does: any attempt to compile code fails.
		const forbidden = () => {
			throw new EvalError('code generation from strings disallowed');
		};
		globalThis.Function = forbidden as unknown as FunctionConstructor;
		globalThis.eval = forbidden;
		document.body.innerHTML = '';
		const submits: FormError[][] = [];
		const app = mount(SchemaForm, {
			target: document.body,
			props: {
				schema,
				validator: precompiledValidator(standaloneLike as never),
				onsubmit: (_d: unknown, errors: FormError[]) => submits.push(errors)
			}
		});
		flushSync();
		const form = document.querySelector('form')!;
		await userEvent.click(control(form, '委托代理人办理'));
		await settle();
		expect(control(form, '代理人姓名')).toBeTruthy();
		form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
		await settle();
		expect(submits[0]).toEqual([
			expect.objectContaining({ pointer: '/agentName', message: '此项为必填项' })
		]);
		expect(document.activeElement).toBe(control(form, '代理人姓名'));
		unmount(app);
	});

	it('fills a calculated birth date and shows a field by an AND across sections, with no eval', async () => {
		const forbidden = () => {
			throw new EvalError('code generation from strings disallowed');
		};
		globalThis.Function = forbidden as unknown as FunctionConstructor;
		globalThis.eval = forbidden;
		const form2: JsonSchema = setFieldRule(
			{
				type: 'object',
				properties: {
					applicant: {
						type: 'object',
						title: '申请人',
						properties: {
							idNumber: { type: 'string', title: '身份证号码' },
							birth: { type: 'string', title: '出生日期' }
						}
					},
					agent: {
						type: 'object',
						title: '代理人',
						properties: {
							entrusted: { type: 'boolean', title: '委托代理人办理' },
							name: { type: 'string', title: '代理人姓名' }
						}
					}
				}
			},
			['agent', 'name'],
			{
				visible: 'show',
				required: true,
				when: {
					all: true,
					parts: [
						{ field: ['agent', 'entrusted'], op: 'equals', value: true },
						{ field: ['applicant', 'birth'], op: 'dateAfter', value: '2008-12-05' }
					]
				}
			}
		);
		const valid = Object.assign(() => true, { errors: null });
		document.body.innerHTML = '';
		const app = mount(SchemaForm, {
			target: document.body,
			props: {
				schema: form2,
				uiSchema: {
					applicant: {
						birth: { 'ui:calc': { fn: 'birthDateFromId', id: 'applicant.idNumber' } }
					}
				},
				validator: precompiledValidator(valid as never)
			}
		});
		flushSync();
		// the calculation library loads on demand
		await (app as unknown as { ready(): Promise<void> }).ready();
		const form = document.querySelector('form')!;
		const first17 = '11010520100301004';
		const id = control(form, '身份证号码');
		id.value = first17 + idCardCheckChar(first17);
		id.dispatchEvent(new Event('input', { bubbles: true }));
		await settle();
		expect(control(form, '出生日期').value).toBe('2010-03-01');
		expect(() => control(form, '代理人姓名')).toThrow();
		await userEvent.click(control(form, '委托代理人办理'));
		await settle();
		expect(control(form, '代理人姓名')).toBeTruthy();
		unmount(app);
	});
});
