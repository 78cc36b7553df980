// Times on screen, in the deployment's one time zone (the root layout's `timeZone`, Beijing time by
// default), the same in the designer, the review screens and the administration pages.
import { page } from '$app/state';
import { DEFAULT_TIME_ZONE, formatInstant } from '$lib/domain/time';

export function when(instant: string | Date, precision: 'day' | 'minute' = 'minute'): string {
	const timeZone = (page.data as { timeZone?: string }).timeZone ?? DEFAULT_TIME_ZONE;
	return formatInstant(instant, { timeZone, precision });
}
