export {
	DEFAULT_TIME_ZONE,
	formatInstant,
	isTimeZone,
	startOfDay,
	zoneOffsetMinutes
} from './zone';
