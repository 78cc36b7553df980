// Exit codes of the command line: 0 ok, 1 invalid input or rejected value, 2 usage or unreadable file.
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** An error meant for the person at the terminal: printed as is, never with a stack trace. */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode: number = EXIT_USAGE
	) {
		super(message);
	}
}
