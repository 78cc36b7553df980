// Pinyin for the Chinese a key is made of, from pinyin-pro's dictionary; loaded on its own (it is
// large) by the screens that derive keys.
import { pinyin } from 'pinyin-pro';
import type { Speller } from './keys';

/** Without tones, one word per two syllables (采集部位 → caiji, buwei): short, yet readable. */
export const spellPinyin: Speller = (han) => {
	const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true })
		.map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
		.filter(Boolean);
	const words: string[] = [];
	for (let i = 0; i < syllables.length; i += 2) words.push(syllables.slice(i, i + 2).join(''));
	return words;
};
