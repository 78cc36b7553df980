// Page loads call the same services as the API; a typed error there becomes SvelteKit's error page
// with the status the API would answer and the message in the reader's language.
import { error } from '@sveltejs/kit';
import { AppError } from '../errors';
import { STATUS } from '../http/problem';

export function page<E extends { locals: App.Locals }, R>(
	load: (event: E) => Promise<R>
): (event: E) => Promise<R> {
	return async (event) => {
		try {
			return await load(event);
		} catch (e) {
			if (!(e instanceof AppError)) throw e;
			const { title, detail } = e.text(event.locals.locale);
			error(STATUS[e.kind], detail ?? title);
		}
	};
}
