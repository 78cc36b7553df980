export { DEFAULT_TIME_ZONE, formatInstant, isTimeZone } from './zone';
