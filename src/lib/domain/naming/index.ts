// Readable identifiers (field keys, option values) derived from Chinese titles.
export { GLOSSARY } from './glossary';
export {
	deriveKey,
	followsTitle,
	keyFromTitle,
	MAX_DERIVED_LENGTH,
	titleWords,
	uniqueKey
} from './keys';
