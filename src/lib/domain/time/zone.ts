// One time zone for every time people read (designer, review, audit, notifications): Beijing time
// by default, configurable for a deployment. Stored times are instants (ISO 8601, UTC); only their
// display depends on the zone, so the designer and the review screens can never disagree.

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whether the runtime knows the IANA zone name. */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(zone: string): Intl.DateTimeFormat {
	let f = formats.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-CA', {
			timeZone: zone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		});
		formats.set(zone, f);
	}
	return f;
}

/**
 * An instant as people in the zone read it: `2026-12-05 06:47` (or the day alone). Text that is not
 * an instant comes back unchanged rather than as "Invalid Date".
 */
export function formatInstant(
	instant: string | Date,
	opts: { timeZone?: string; precision?: 'day' | 'minute' } = {}
): string {
	const date = typeof instant === 'string' ? new Date(instant) : instant;
	if (Number.isNaN(date.getTime())) return String(instant);
	const zone = opts.timeZone && isTimeZone(opts.timeZone) ? opts.timeZone : DEFAULT_TIME_ZONE;
	const parts = Object.fromEntries(
		formatOf(zone)
			.formatToParts(date)
			.map((p) => [p.type, p.value])
	);
	const day = `${parts.year}-${parts.month}-${parts.day}`;
	return opts.precision === 'day' ? day : `${day} ${parts.hour}:${parts.minute}`;
}

/** Minutes the zone is ahead of UTC at `at` (480 for Beijing time). */
export function zoneOffsetMinutes(zone: string, at: Date): number {
	const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
		.formatToParts(at)
		.find((p) => p.type === 'timeZoneName')?.value;
	const m = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '');
	return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The instant a day (YYYY-MM-DD) begins in the zone: what "from 12月1日" means to its people. */
export function startOfDay(day: string, zone: string = DEFAULT_TIME_ZONE): Date {
	const utcMidnight = new Date(`${day}T00:00:00Z`);
	const offset = zoneOffsetMinutes(isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE, utcMidnight);
	return new Date(utcMidnight.getTime() - offset * 60_000);
}
