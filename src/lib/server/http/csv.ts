// CSV as spreadsheet programs in China open it (RFC 4180, CRLF, UTF-8 with a BOM so Excel reads
// Chinese). A cell that starts like a formula is prefixed with ' so opening the file runs nothing
// (OWASP "CSV injection").
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string): string {
	const safe = FORMULA.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
	return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
