// --name value options (repeatable) after a command word.
export interface Parsed {
	command: string | undefined;
	options: Map<string, string[]>;
	positional: string[];
}

export function parseArgs(argv: string[]): Parsed {
	const options = new Map<string, string[]>();
	const positional: string[] = [];
	let command: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a.startsWith('--')) {
			const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
			const value =
				inline ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
			options.set(name, [...(options.get(name) ?? []), value]);
		} else if (command === undefined) command = a;
		else positional.push(a);
	}
	return { command, options, positional };
}

export function one(p: Parsed, name: string): string | undefined {
	return p.options.get(name)?.at(-1);
}
