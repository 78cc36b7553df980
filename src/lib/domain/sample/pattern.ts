// One string matching a regular expression, for the simple patterns application forms use
// (anchors, literals, \d \w \s, classes with ranges, groups with |, ? * + {n} {n,m}). Returns
// undefined for anything else, and the caller falls back to other means.

type Node =
	| { t: 'chars'; pick: string }
	| { t: 'seq'; items: Node[] }
	| { t: 'alt'; options: Node[] }
	| { t: 'rep'; node: Node; min: number };

const DIGITS = '0123456789';
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';

class Parser {
	i = 0;
	constructor(readonly s: string) {}

	alt(): Node {
		const options = [this.seq()];
		while (this.s[this.i] === '|') {
			this.i++;
			options.push(this.seq());
		}
		return options.length === 1 ? options[0] : { t: 'alt', options };
	}

	seq(): Node {
		const items: Node[] = [];
		while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
			let atom = this.atom();
			atom = this.quantified(atom);
			items.push(atom);
		}
		return { t: 'seq', items };
	}

	quantified(atom: Node): Node {
		const c = this.s[this.i];
		let min: number | undefined;
		if (c === '?' || c === '*') min = 0;
		else if (c === '+') min = 1;
		if (min !== undefined) {
			this.i++;
			if (this.s[this.i] === '?') this.i++;
			return { t: 'rep', node: atom, min };
		}
		if (c === '{') {
			const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
			if (!m) throw new Error('quantifier');
			this.i += m[0].length;
			return { t: 'rep', node: atom, min: Number(m[1]) };
		}
		return atom;
	}

	escape(): string {
		const c = this.s[this.i++];
		if (c === 'd') return DIGITS;
		if (c === 'w') return WORD;
		if (c === 's') return ' ';
		if (/[DWSbBpPukc]/.test(c)) throw new Error('escape');
		return c;
	}

	atom(): Node {
		const c = this.s[this.i++];
		if (c === '^' || c === '$') return { t: 'seq', items: [] };
		if (c === '\\') return { t: 'chars', pick: this.escape() };
		if (c === '.') return { t: 'chars', pick: 'a' };
		if (c === '(') {
			if (this.s[this.i] === '?') {
				if (this.s.slice(this.i, this.i + 2) !== '?:') throw new Error('group');
				this.i += 2;
			}
			const inner = this.alt();
			if (this.s[this.i++] !== ')') throw new Error('group');
			return inner;
		}
		if (c === '[') return { t: 'chars', pick: this.klass() };
		return { t: 'chars', pick: c };
	}

	klass(): string {
		if (this.s[this.i] === '^') throw new Error('negated class');
		let out = '';
		while (this.i < this.s.length && this.s[this.i] !== ']') {
			const c = this.s[this.i++];
			if (c === '\\') {
				out += this.escape();
				continue;
			}
			if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']' && this.i + 1 < this.s.length) {
				const end = this.s[this.i + 1] === '\\' ? this.s[this.i + 2] : this.s[this.i + 1];
				this.i += this.s[this.i + 1] === '\\' ? 3 : 2;
				for (let k = c.codePointAt(0)!; k <= end.codePointAt(0)!; k++)
					out += String.fromCodePoint(k);
				continue;
			}
			out += c;
		}
		if (this.s[this.i++] !== ']') throw new Error('class');
		return out;
	}
}

function emit(n: Node, seed: number): string {
	switch (n.t) {
		case 'chars': {
			const chars = [...n.pick];
			return chars[seed % chars.length] ?? '';
		}
		case 'seq':
			return n.items.map((x, i) => emit(x, seed + i)).join('');
		case 'alt':
			return emit(n.options[0], seed);
		case 'rep':
			return Array.from({ length: Math.max(n.min, 1) }, (_, i) => emit(n.node, seed + i)).join('');
	}
}

export function sampleForPattern(pattern: string, seed = 1): string | undefined {
	try {
		const p = new Parser(pattern);
		const tree = p.alt();
		if (p.i !== pattern.length) return undefined;
		const out = emit(tree, seed);
		return new RegExp(pattern, 'u').test(out) ? out : undefined;
	} catch {
		return undefined;
	}
}
