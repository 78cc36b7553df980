// Readable identifiers (field keys, option values) derived from Chinese titles.
export { GLOSSARY } from './glossary';
export {
	deriveKey,
	followsTitle,
	keyFromTitle,
	MAX_DERIVED_LENGTH,
	titleWords,
	uniqueKey,
	type Speller
} from './keys';
// `spellPinyin` is not re-exported here: importing it pulls in the pinyin dictionary, so callers
// import `./pinyin` directly (or load it on demand).
