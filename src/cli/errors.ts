// Exit codes of the command line: 0 ok, 1 invalid input or rejected value, 2 usage or unreadable file.
// `banshi accept` answers one code per verdict: 0 受理, 3 容缺受理, 1 一次性告知补正 (as every
// "incomplete or invalid" was before there were four verdicts), 4 不予受理.
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
export const EXIT_TOLERATED = 3;
export const EXIT_REFUSED = 4;

/** An error meant for the person at the terminal: printed as is, never with a stack trace. */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode: number = EXIT_USAGE
	) {
		super(message);
	}
}
