import { describe, expect, it } from 'vitest';
import {
	fileTypeLabel,
	parseMediaTypeList,
	readFileTypes,
	toggleFileType,
	writeFileTypes
} from './index';

describe('accepted file types', () => {
	it('reads an existing list back into choices and keeps what no choice covers', () => {
		expect(readFileTypes(['application/pdf', 'image/jpeg'])).toEqual({
			choices: ['pdf'],
			other: ['image/jpeg']
		});
		expect(readFileTypes(['image/png', 'image/jpg', 'application/ofd', 'text/csv'])).toEqual({
			choices: ['image', 'ofd'],
			other: ['text/csv']
		});
	});

	it('writes the media types of the choices, then the others, without repeats', () => {
		expect(
			writeFileTypes({ choices: ['word', 'pdf'], other: ['application/pdf', 'text/csv'] })
		).toEqual([
			'application/pdf',
			'application/msword',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'text/csv'
		]);
	});

	it('turns a choice on and off, completing a partly listed one', () => {
		const on = toggleFileType(['image/png', 'text/csv'], 'image', true);
		expect(on).toEqual(['image/jpeg', 'image/png', 'text/csv']);
		expect(toggleFileType(on, 'image', false)).toEqual(['text/csv']);
		expect(toggleFileType([], 'archive', true)).toEqual([
			'application/zip',
			'application/vnd.rar',
			'application/x-7z-compressed'
		]);
		expect(readFileTypes(toggleFileType([], 'archive', true)).choices).toEqual(['archive']);
	});

	it('parses a typed list', () => {
		expect(parseMediaTypeList('application/pdf\nimage/png， image/png')).toEqual([
			'application/pdf',
			'image/png'
		]);
	});

	it('names the choices in both languages', () => {
		expect(fileTypeLabel('archive')).toBe('压缩包（ZIP、RAR、7Z）');
		expect(fileTypeLabel('image', 'en')).toBe('Images (JPG, PNG)');
	});
});
