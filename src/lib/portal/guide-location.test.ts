// Where to apply reads the same in an item's guide and a one-thing's: the place and its address,
// the hours, and the phone and directions only when the guide gives them.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GuideLocation from './GuideLocation.svelte';

const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const hall = { name: '示范县政务服务中心', address: '人民路1号', hours: '工作日 9:00—17:00' };

describe('GuideLocation', () => {
	it('lists the place, its address and hours, leaving out what the guide does not give', () => {
		expect(text(render(GuideLocation, { props: { place: hall } }).body)).toBe(
			'地址 示范县政务服务中心，人民路1号 办理时间 工作日 9:00—17:00'
		);
	});

	it('adds the phone and directions when given, in English too', () => {
		const place = { ...hall, phone: '0571-1234', directions: '2路公交' };
		expect(text(render(GuideLocation, { props: { place, locale: 'en' } }).body)).toBe(
			'Address 示范县政务服务中心, 人民路1号 Hours 工作日 9:00—17:00 Phone 0571-1234 Directions 2路公交'
		);
	});

	it('takes a one-thing window’s own words for hours and phone', () => {
		const place = { ...hall, phone: '0571-1234' };
		const body = text(
			render(GuideLocation, {
				props: { place, hoursLabel: '办公时间', phoneLabel: '窗口电话' }
			}).body
		);
		expect(body).toBe(
			'地址 示范县政务服务中心，人民路1号 办公时间 工作日 9:00—17:00 窗口电话 0571-1234'
		);
	});
});
