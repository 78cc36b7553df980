// Accepted file types as editors and applicants know them (PDF, 图片, Word, 压缩包, OFD) and the
// media types the published schema and the upload check use. One table: the designer's choices,
// reading an existing list back into choices, and the advanced raw list all go through it.
import { lookup, type Locale } from '../i18n';
import { fileTypeMessages } from './file-types.messages';

export const FILE_TYPE_CHOICES = ['pdf', 'image', 'word', 'archive', 'ofd'] as const;
export type FileTypeChoice = (typeof FILE_TYPE_CHOICES)[number];

/** The media types of each choice; the first are what browsers report for the usual extensions. */
export const FILE_TYPE_MEDIA: Readonly<Record<FileTypeChoice, readonly string[]>> = {
	pdf: ['application/pdf'],
	image: ['image/jpeg', 'image/png'],
	word: [
		'application/msword',
		'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	],
	archive: ['application/zip', 'application/vnd.rar', 'application/x-7z-compressed'],
	// GB/T 33190, the Chinese standard for fixed-layout electronic documents (电子证照, 电子公文)
	ofd: ['application/ofd']
};

/** Other spellings of the same types found in older lists; read as the choice's own. */
const ALIASES: Readonly<Record<string, string>> = {
	'image/jpg': 'image/jpeg',
	'image/pjpeg': 'image/jpeg',
	'application/x-rar-compressed': 'application/vnd.rar',
	'application/x-zip-compressed': 'application/zip'
};

export interface FileTypeSelection {
	choices: FileTypeChoice[];
	/** types no chosen choice covers, in their order: shown and kept in the advanced input */
	other: string[];
}

/** Read a list of media types into choices. A choice is on when every one of its types is listed. */
export function readFileTypes(types: readonly string[]): FileTypeSelection {
	const listed = new Set(types.map((t) => ALIASES[t.trim().toLowerCase()] ?? t.trim()));
	const choices = FILE_TYPE_CHOICES.filter((c) => FILE_TYPE_MEDIA[c].every((m) => listed.has(m)));
	const covered = new Set(choices.flatMap((c) => FILE_TYPE_MEDIA[c]));
	const other: string[] = [];
	for (const t of types) {
		const norm = ALIASES[t.trim().toLowerCase()] ?? t.trim();
		if (norm && !covered.has(norm) && !other.includes(t.trim())) other.push(t.trim());
	}
	return { choices, other };
}

/** The media types of the chosen choices (in table order), then the other types, without repeats. */
export function writeFileTypes(selection: FileTypeSelection): string[] {
	const out: string[] = [];
	for (const c of FILE_TYPE_CHOICES) {
		if (selection.choices.includes(c)) out.push(...FILE_TYPE_MEDIA[c]);
	}
	for (const t of selection.other) {
		const trimmed = t.trim();
		if (trimmed && !out.includes(ALIASES[trimmed.toLowerCase()] ?? trimmed)) out.push(trimmed);
	}
	return out;
}

/** Turn one choice on or off in a list of media types, keeping the types it does not cover. */
export function toggleFileType(
	types: readonly string[],
	choice: FileTypeChoice,
	on: boolean
): string[] {
	const sel = readFileTypes(types);
	const choices = on
		? [...new Set([...sel.choices, choice])]
		: sel.choices.filter((c) => c !== choice);
	// a partly listed choice (only image/png) is completed when turned on, removed when turned off
	const mine = new Set(FILE_TYPE_MEDIA[choice]);
	const other = sel.other.filter((t) => !mine.has(ALIASES[t.toLowerCase()] ?? t));
	return writeFileTypes({ choices, other });
}

/** A free-text list (one per line or comma separated) as media types. */
export function parseMediaTypeList(text: string): string[] {
	return [
		...new Set(
			text
				.split(/[\n,，;；\s]+/)
				.map((s) => s.trim())
				.filter(Boolean)
		)
	];
}

export function fileTypeLabel(choice: FileTypeChoice, locale?: Locale): string {
	return lookup(fileTypeMessages, locale, `item.fileType.${choice}`) ?? choice;
}
