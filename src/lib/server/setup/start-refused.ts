import { render, type ErrorMessage } from '../errors';

/** The server must not run as configured; the message (both languages) says what to do. */
export class StartRefused extends Error {
	constructor(message: ErrorMessage, details: ErrorMessage[] = []) {
		const text = (locale: 'zh-CN' | 'en') =>
			[render(message, locale), ...details.map((d) => `  ${render(d, locale)}`)].join('\n');
		super(`${text('zh-CN')}\n${text('en')}`);
		this.name = 'StartRefused';
	}
}
