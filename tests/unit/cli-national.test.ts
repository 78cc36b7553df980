// banshi export-national and import-national on real files: a file of every template round-trips
// through the command line, and a broken file is refused with located errors and writes nothing.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const templates = readdirSync('templates')
	.filter((f) => f.endsWith('.json'))
	.map((f) => join('templates', f));
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
let dir: string;

async function run(args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(
		args,
		{ out: (t) => out.push(t), err: (t) => err.push(t) },
		{ cwd: process.cwd(), env: {} }
	);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'banshi-cli-national-'));
});

describe('banshi export-national / import-national', () => {
	it('exports every template to one file and imports them back unchanged into a directory', async () => {
		const file = join(dir, 'all.json');
		const exported = await run(['export-national', ...templates, '-o', file]);
		expect(exported.code).toBe(0);
		expect(exported.err).toContain(`${templates.length} 个事项`);
		expect(read(file).items).toHaveLength(templates.length);
		expect(read(file).items[0].basic.task_type).toMatch(/^\d{2}$/);

		const out = join(dir, 'items');
		const imported = await run(['import-national', file, '-o', `${out}/`]);
		expect(imported.code).toBe(0);
		for (const t of templates) {
			const item = read(t);
			expect(read(join(out, `${item.code}.json`))).toEqual(item);
		}
	});

	it('imports one item to a file and prints it without -o', async () => {
		const file = join(dir, 'food.json');
		await run(['export-national', 'templates/food-business-licence.json', '-o', file]);
		const printed = await run(['import-national', file]);
		expect(printed.code).toBe(0);
		expect(JSON.parse(printed.out)).toEqual(read('templates/food-business-licence.json'));
		const target = join(dir, 'food-item.json');
		expect((await run(['import-national', file, '-o', target])).code).toBe(0);
		expect(read(target)).toEqual(read('templates/food-business-licence.json'));
	});

	it('refuses a file with unknown codes and missing elements, says where, and writes nothing', async () => {
		const file = join(dir, 'broken.json');
		await run(['export-national', ...templates.slice(0, 2), '-o', file]);
		const doc = read(file);
		doc.items[0].basic.task_type = '77';
		delete doc.items[1].materials[0].material_name;
		writeFileSync(file, JSON.stringify(doc));
		const out = join(dir, 'nothing');
		const r = await run(['import-national', file, '-o', `${out}/`, '--lang', 'en']);
		expect(r.code).toBe(1);
		expect(r.err).toContain('nothing was imported');
		expect(r.err).toContain(`${file}#items[0].basic.task_type: Code "77" of "task_type"`);
		expect(r.err).toContain(`${file}#items[1].materials[0].material_name: Required element`);
		expect(existsSync(out)).toBe(false);
	});

	it('needs a directory for several items', async () => {
		const file = join(dir, 'two.json');
		await run(['export-national', ...templates.slice(0, 2), '-o', file]);
		const r = await run(['import-national', file, '-o', join(dir, 'one.json')]);
		expect(r.code).toBe(2);
		expect(r.err).toContain('-o 需要指定一个目录');
	});
});
