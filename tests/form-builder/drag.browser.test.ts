import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { renderBuilder, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());
// the designer is a desk application: palette, canvas and panel side by side, all in view
beforeAll(() => page.viewport(1280, 900));

const props = (s: unknown) =>
	(s as { properties: Record<string, Record<string, unknown>> }).properties;
const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));
const center = (el: Element) => {
	const b = el.getBoundingClientRect();
	return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
};

function mouse(type: string, target: EventTarget, p: { x: number; y: number }) {
	target.dispatchEvent(
		new MouseEvent(type, {
			bubbles: true,
			cancelable: true,
			clientX: p.x,
			clientY: p.y,
			button: 0,
			buttons: type === 'mouseup' ? 0 : 1
		})
	);
}

/**
 * Press on `from`, move the pointer in small steps to the target and release, pausing as a hand
 * would: svelte-dnd-action watches the dragged element on a timer, not on every event. The target
 * is asked again at every step, as an eye would follow it when the layout shifts during the drag.
 */
async function drag(from: Element, target: () => { x: number; y: number }) {
	const start = center(from);
	mouse('mousedown', from, start);
	const steps = 12;
	let p = start;
	for (let i = 1; i <= steps; i++) {
		const to = target();
		p = {
			x: start.x + ((to.x - start.x) * i) / steps,
			y: start.y + ((to.y - start.y) * i) / steps
		};
		mouse('mousemove', window, p);
		await sleep(40);
	}
	await sleep(250);
	mouse('mouseup', window, p);
	// the library animates the drop before it finalizes
	await sleep(400);
}

const paletteEntry = (label: string) =>
	[...document.querySelectorAll('.fb-palette li')]
		.find((li) => li.textContent?.trim() === label)!
		.querySelector('.fb-face')!;
const card = (key: string) =>
	[...document.querySelectorAll('.fb-card')].find(
		(c) => c.querySelector(':scope > .fb-head code')?.textContent === key
	)!;
const zone = (parent: string) => document.querySelector(`ul.fb-zone[data-zone="${parent}"]`)!;
const cardKeys = () =>
	[...document.querySelectorAll('.fb-select code')].map((c) => c.textContent?.trim());

describe('drag and drop', () => {
	it('drags palette entries onto the canvas and into a section', async () => {
		r = renderBuilder();
		await drag(paletteEntry('分组'), () => center(zone('')));
		await expect.poll(() => cardKeys()).toEqual(['section']);

		// onto the section's own (empty) drop zone
		await drag(paletteEntry('身份证号'), () => center(zone('section')));
		await expect.poll(() => cardKeys()).toEqual(['section', 'idNumber']);
		const section = props(r.last().schema).section;
		expect(Object.keys(props(section))).toEqual(['idNumber']);
		expect(r.last().uiSchema).toEqual({
			'ui:order': ['section'],
			section: { 'ui:order': ['idNumber'] }
		});
		// the palette is still complete after copying out of it
		expect(document.querySelectorAll('.fb-palette li')).toHaveLength(20);
	});

	it('reorders fields and moves one into a section and out again', async () => {
		r = renderBuilder();
		for (const label of ['添加姓名', '添加手机号', '添加分组']) {
			document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click();
			await sleep(0);
		}
		await expect.poll(() => cardKeys()).toEqual(['name', 'mobile', 'section']);

		// mobile above name
		// aimed at where the card is now: a target that moves away as room is made would be chased
		const aboveName = {
			x: center(card('name')).x,
			y: card('name').getBoundingClientRect().top + 2
		};
		await drag(card('mobile').querySelector('.fb-face')!, () => aboveName);
		await expect.poll(() => r!.last().uiSchema['ui:order']).toEqual(['mobile', 'name', 'section']);

		// name into the section
		await drag(card('name').querySelector('.fb-face')!, () => center(zone('section')));
		await expect.poll(() => r!.last().uiSchema['ui:order']).toEqual(['mobile', 'section']);
		expect(r.last().uiSchema.section).toEqual({ 'ui:order': ['name'] });
		expect(document.querySelector('[aria-live]')?.textContent).toBe(
			'已将「姓名」移入「分组」第 1 位'
		);

		// and back out, to the top of the form
		const aboveMobile = {
			x: center(card('mobile')).x,
			y: card('mobile').getBoundingClientRect().top + 2
		};
		await drag(card('name').querySelector('.fb-face')!, () => aboveMobile);
		await expect.poll(() => r!.last().uiSchema['ui:order']).toEqual(['name', 'mobile', 'section']);
		expect(props(r.last().schema).section).toEqual({ type: 'object', title: '分组' });
	});
});
