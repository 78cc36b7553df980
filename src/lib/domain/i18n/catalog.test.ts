import { describe, expect, it } from 'vitest';
import {
	bothLanguages,
	defineMessages,
	fill,
	joinList,
	lookup,
	mergeCatalogs,
	placeholdersOf,
	translator
} from './catalog';
import { localeFromAcceptLanguage, parseLocale } from './locale';

const messages = defineMessages(
	{ 'x.hello': '你好，{name}', 'x.count': '共 {n} 项', 'x.plain': '无参数' },
	{ 'x.hello': 'Hello, {name}', 'x.count': '{n} items', 'x.plain': 'No parameters' }
);

describe('translator', () => {
	it('picks the locale and fills placeholders', () => {
		expect(translator(messages, 'zh-CN')('x.hello', { name: '张三' })).toBe('你好，张三');
		expect(translator(messages, 'en')('x.count', { n: 3 })).toBe('3 items');
		expect(translator(messages, 'en')('x.plain')).toBe('No parameters');
	});

	it('leaves an unknown placeholder visible rather than blank', () => {
		expect(fill('a {b} c', {})).toBe('a {b} c');
	});

	it('merges catalogs', () => {
		const other = defineMessages({ 'y.a': '甲' }, { 'y.a': 'A' });
		const t = translator(mergeCatalogs(messages, other), 'en');
		expect(t('y.a')).toBe('A');
		expect(t('x.plain')).toBe('No parameters');
	});

	it('reads Chinese when no locale is given', () => {
		expect(translator(messages, undefined)('x.plain')).toBe('无参数');
	});

	it('looks up keys built at run time, undefined when absent', () => {
		expect(lookup(messages, 'en', 'x.plain')).toBe('No parameters');
		expect(lookup(messages, undefined, 'x.plain')).toBe('无参数');
		expect(lookup(messages, 'en', 'x.nothing')).toBeUndefined();
		expect(lookup(messages, 'en', 'toString')).toBeUndefined();
	});

	it('gives a message in both languages for data that carries both', () => {
		expect(bothLanguages(messages, 'x.count', { n: 2 })).toEqual({ zh: '共 2 项', en: '2 items' });
	});

	it('lists placeholders and joins lists per language', () => {
		expect(placeholdersOf('{b} and {a} and {b}')).toEqual(['a', 'b']);
		expect(joinList('zh-CN', ['甲', '乙'])).toBe('甲、乙');
		expect(joinList('en', ['A', 'B'])).toBe('A, B');
		expect(joinList('zh-CN', ['甲', '乙'], 'clauses')).toBe('甲；乙');
		expect(joinList('en', ['A', 'B'], 'phrases')).toBe('A, B');
	});
});

describe('locale', () => {
	it('parses stored and requested tags', () => {
		expect(parseLocale('en')).toBe('en');
		expect(parseLocale('fr')).toBe('zh-CN');
		expect(parseLocale(undefined)).toBe('zh-CN');
		expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
		expect(localeFromAcceptLanguage('fr;q=1, zh-CN;q=0.8, en;q=0.5')).toBe('zh-CN');
		expect(localeFromAcceptLanguage('de')).toBe('zh-CN');
	});
});
