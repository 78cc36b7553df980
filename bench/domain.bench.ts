// Domain core figures on a synthetic 1000-field item: compile time, acceptance decisions per second
// beside raw Ajv validation of the same submission against the same compiled schema (the reference),
// the printable notice of a decision beside deciding it, semantic diff of two versions, and lint.
// Prints one JSON object on stdout.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compileItem } from '../src/lib/domain/compile';
import { decide } from '../src/lib/domain/acceptance';
import { defaultCalendar } from '../src/lib/domain/workdays';
import { diffItems } from '../src/lib/domain/diff';
import { lintItem } from '../src/lib/domain/lint';
import { noticeHtml, noticeOf } from '../src/lib/domain/notice';
import { validateItem } from '../src/lib/domain/item/validate';
import type { Item } from '../src/lib/domain/item/types';
import { fileRef, syntheticItem } from './gen-item.js';
import { opsPerSec, r1, r2, timeMs } from './measure.js';

const N = Number(process.env.BENCH_FIELDS ?? 1000);
const { item, data } = syntheticItem(N) as { item: Item; data: Record<string, unknown> };
const validation = validateItem(item);
if (!validation.ok) {
	console.error(validation.problems.slice(0, 5));
	throw new Error('synthetic item is invalid');
}

const compileMs = timeMs(() => compileItem(item), { warm: 2, runs: 7 });
// Validation results are cached by content; a changed document pays the whole price, as an editor's
// first save of a big form does.
let variant = 0;
const uncached = (): Item => ({
	...item,
	form: { ...item.form, schema: { ...item.form.schema, description: `v${++variant}` } }
});
const validateUncachedMs = timeMs(() => validateItem(uncached()), { warm: 1, runs: 5 });
const bundle = compileItem(item);
const compileUncachedMs = timeMs(() => compileItem(uncached()), { warm: 1, runs: 5 });
// Reference for compile: what plain Ajv takes just to compile the published application schema
// (without our formats; its "unknown format" warnings are not part of the work, so not printed).
const rawCompileMs = timeMs(
	() =>
		new Ajv2020({ allErrors: true, strict: false, logger: false }).compile(
			bundle.applicationSchema
		),
	{
		warm: 1,
		runs: 5
	}
);

// the synthetic applicant is a company without an agent: the power of attorney is not asked for
const materials = Object.fromEntries(
	bundle.materials
		.filter((m) => !m.sharedExempt && m.id !== 'power')
		.map((m) => [m.id, fileRef(m.id)])
);
const complete = { form: data, materials, commitment: true };
const tolerable = { ...complete, materials: { ...materials } };
delete (tolerable.materials as Record<string, unknown>).floorPlan;
const calendar = defaultCalendar();
const date = '2026-03-02';

// Reference: plain Ajv2020, no formats, compiled once — what any portal would run.
const ajv = new Ajv2020({ allErrors: true });
const rawComplete = ajv.compile(bundle.acceptance.complete);
const rawTolerant = ajv.compile(bundle.acceptance.tolerant as object);
const check = decide(bundle, complete, date, { calendar });
if (check.decision !== 'accept')
	throw new Error('complete submission not accepted: ' + JSON.stringify(check.errors.slice(0, 3)));
const tolerated = decide(bundle, tolerable, date, { calendar });
// eleven interleaved rounds: on a shared machine five left the ratios moving by half
const ops = opsPerSec(
	{
		decideComplete: () => decide(bundle, complete, date, { calendar }),
		rawComplete: () => rawComplete(complete),
		decideTolerant: () => decide(bundle, tolerable, date, { calendar }),
		rawTolerant: () => rawComplete(tolerable) || rawTolerant(tolerable),
		// the printable notice of a decision already made: what `--print` and 打印通知书 add
		notice: () => noticeHtml(noticeOf(bundle, tolerated, { date, form: data }))
	},
	{ batches: 11 }
);

// A second version: promised time limit shortened, a material made tolerable, fields edited.
const next = structuredClone(item);
next.guide.promisedTimeLimit = { value: 8, unit: 'workday' };
next.materials[6].necessity = 'tolerable';
const sec = next.form.schema.properties as Record<
	string,
	{ properties: Record<string, Record<string, unknown>> }
>;
sec.section2.properties.f11 = { ...sec.section2.properties.f11, title: '改名后的字段' };
delete sec.section5.properties.f45;
sec.section7.properties.extra = { type: 'string', title: '新增字段' };
const diffMs = timeMs(() => diffItems(item, next), { warm: 1, runs: 5 });
const lintMs = timeMs(() => lintItem(item), { warm: 1, runs: 5 });
const validateMs = timeMs(() => validateItem(item), { warm: 1, runs: 5 });

console.log(
	JSON.stringify({
		fields: N,
		compile_ms: r1(compileMs),
		compile_uncached_ms: r1(compileUncachedMs),
		raw_ajv_compile_ms: r1(rawCompileMs),
		compile_vs_raw_ajv_compile: r2(compileUncachedMs / rawCompileMs),
		validate_item_ms: r1(validateMs),
		validate_item_uncached_ms: r1(validateUncachedMs),
		decide_per_s: {
			complete: Math.round(ops.decideComplete),
			tolerant: Math.round(ops.decideTolerant)
		},
		raw_ajv_per_s: { complete: Math.round(ops.rawComplete), tolerant: Math.round(ops.rawTolerant) },
		decide_vs_raw: {
			complete: r2(ops.decideComplete / ops.rawComplete),
			tolerant: r2(ops.decideTolerant / ops.rawTolerant)
		},
		notice_per_s: Math.round(ops.notice),
		notice_vs_decide: r2(ops.notice / ops.decideTolerant),
		diff_ms: r1(diffMs),
		lint_ms: r1(lintMs),
		bundle_bytes: JSON.stringify(bundle).length
	})
);
