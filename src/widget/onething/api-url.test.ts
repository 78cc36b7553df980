import { describe, expect, it } from 'vitest';
import { oneThingApi } from './api-url';

describe('oneThingApi', () => {
	it('finds the server, the code and the members’ items in a one-thing’s URL', () => {
		expect(
			oneThingApi('https://zwfw.example.gov.cn/banshi/api/v1/portal/onethings/YJS-410100-0001/')
		).toEqual({
			origin: 'https://zwfw.example.gov.cn/banshi',
			code: 'YJS-410100-0001',
			items: 'https://zwfw.example.gov.cn/banshi/api/v1/portal/items'
		});
	});

	it('names the URL that is not a one-thing of the portal API', () => {
		const item = 'https://zwfw.example.gov.cn/api/v1/portal/items/1141010000580322433000131029000';
		expect(() => oneThingApi(item)).toThrow(item);
		expect(() => oneThingApi(`${item.replace('items', 'onethings')}/versions/1`)).toThrow(
			'/portal/onethings/{code}'
		);
	});
});
