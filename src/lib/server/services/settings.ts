// The deployment's settings people notice everywhere: the one time zone times are shown in
// (BANSHI_TIME_ZONE, Beijing time by default).
import { DEFAULT_TIME_ZONE, isTimeZone } from '../../domain/time';
import type { ServiceContext } from './context';

export function timeZoneFromEnv(env: Record<string, string | undefined> = process.env): string {
	const zone = env.BANSHI_TIME_ZONE?.trim();
	return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

export class SettingsService {
	// read once: every page load asks for it
	private readonly zone = timeZoneFromEnv();

	constructor(private readonly c: ServiceContext) {}

	/** the IANA zone every screen shows times in */
	async timeZone(): Promise<string> {
		return this.zone;
	}
}
