// File checks for material uploads: accepted types as people know them (PDF, JPG), sizes in
// KB/MB, and the sha256 that identifies the file in a submission.
const NAMES: Record<string, string> = {
	'application/pdf': 'PDF',
	'image/jpeg': 'JPG',
	'image/png': 'PNG',
	'image/tiff': 'TIFF',
	'application/ofd': 'OFD',
	'application/msword': 'DOC',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
	'application/vnd.ms-excel': 'XLS',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
	'application/zip': 'ZIP',
	'application/vnd.rar': 'RAR',
	'application/x-7z-compressed': '7Z'
};

const BY_EXTENSION: Record<string, string> = {
	pdf: 'application/pdf',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	tif: 'image/tiff',
	tiff: 'image/tiff',
	ofd: 'application/ofd',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xls: 'application/vnd.ms-excel',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	zip: 'application/zip',
	rar: 'application/vnd.rar',
	'7z': 'application/x-7z-compressed'
};

/** Older names browsers still report for the types the designer offers (压缩包, 图片). */
const ALIASES: Record<string, string> = {
	'application/x-rar-compressed': 'application/vnd.rar',
	'application/x-zip-compressed': 'application/zip',
	'image/pjpeg': 'image/jpeg'
};

/** Browsers leave File.type empty for types they do not know (OFD); fall back to the extension. */
export function mediaTypeOf(file: { name: string; type: string }): string {
	if (file.type) return ALIASES[file.type] ?? file.type;
	const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
	return BY_EXTENSION[ext] ?? 'application/octet-stream';
}

export function mediaTypeLabel(type: string): string {
	if (NAMES[type]) return NAMES[type];
	if (type.endsWith('/*')) return type.slice(0, -2);
	return type.split('/').pop()?.toUpperCase() ?? type;
}

export function acceptsType(accept: readonly string[], type: string): boolean {
	return accept.some((a) => a === type || (a.endsWith('/*') && type.startsWith(a.slice(0, -1))));
}

export function formatSize(bytes: number, locale: string): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let n = bytes;
	let u = 0;
	while (n >= 1024 && u < units.length - 1) {
		n /= 1024;
		u++;
	}
	const digits = u === 0 || n >= 10 ? 0 : 1;
	return `${n.toLocaleString(locale === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: digits })} ${units[u]}`;
}

function hex(bytes: Uint8Array): string {
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SubtleCrypto exists only in secure contexts; plain-HTTP intranet portals get the JS hash. */
export async function sha256Hex(data: ArrayBuffer): Promise<string> {
	if (globalThis.crypto?.subtle) {
		return hex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data)));
	}
	const { sha256 } = await import('@noble/hashes/sha2.js');
	return hex(sha256(new Uint8Array(data)));
}
