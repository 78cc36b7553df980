// 一件事 figures: compile and decide a one-thing of 5 members × 200 fields (semantic keys shared in
// each member's first section, three documents shared by key) beside one item of 200 fields and one
// of 1,000 fields, measured in the same run, interleaved. The one-thing compiles from the members'
// published bundles (compiled once, as at publication); deciding it slices the merged submission
// and decides every member on its slice. Prints one JSON object on stdout.
import { decide } from '../src/lib/domain/acceptance';
import { compileItem } from '../src/lib/domain/compile';
import type { Item } from '../src/lib/domain/item/types';
import { compileOneThing, decideOneThing, mergeSubmissions } from '../src/lib/domain/onething';
import type { OneThing } from '../src/lib/domain/onething';
import { defaultCalendar } from '../src/lib/domain/workdays';
import { fileRef, syntheticItem } from './gen-item.js';
import { opsPerSec, r1, r2, timeMs } from './measure.js';

const MEMBERS = 5;
const FIELDS = 200;
const date = '2026-03-02';
const calendar = defaultCalendar();

type Obj = Record<string, unknown>;
const KEY_OF_FORMAT: Record<string, string> = {
	'cn-id-card': 'legal-representative-id-number',
	'cn-mobile': 'mobile',
	'cn-uscc': 'credit-code',
	'cn-region': 'region',
	'cn-postcode': 'postcode',
	email: 'email'
};
const MATERIAL_KEYS: Record<string, string> = {
	identity: 'legal-representative-id',
	floorPlan: 'site-plan',
	lease: 'premises-proof'
};

function member(i: number) {
	const { item, data } = syntheticItem(FIELDS, { seed: 1000 + i, code: `SYN-M${i + 1}` }) as {
		item: Item;
		data: Obj;
	};
	item.name = `合成成员事项 ${i + 1}（${FIELDS}项）`;
	// the first section's fields with a Chinese format mean the same thing in every member
	const section = (item.form.schema.properties as Obj).section1 as {
		properties: Record<string, Obj>;
	};
	const ui = ((item.form.uiSchema as Obj).section1 ??= {}) as Record<string, Obj>;
	const used = new Set<string>();
	ui.f1 = { ...(ui.f1 ?? {}), 'ui:semantic': 'business-name' };
	for (const [name, s] of Object.entries(section.properties)) {
		const key = KEY_OF_FORMAT[String(s.format)];
		if (!key || used.has(key)) continue;
		used.add(key);
		ui[name] = { ...(ui[name] ?? {}), 'ui:semantic': key };
	}
	for (const m of item.materials) if (MATERIAL_KEYS[m.id]) m.semanticKey = MATERIAL_KEYS[m.id];
	return { item, data };
}

const members = Array.from({ length: MEMBERS }, (_, i) => member(i));
const memberCompileMs = timeMs(() => members.map((m) => compileItem(m.item)), { warm: 1, runs: 5 });
const bundles = members.map((m) => compileItem(m.item));
const doc: OneThing = {
	schemaVersion: 1,
	documentType: 'onething',
	code: 'YJS-SYN-5X200',
	name: '合成一件事（5 个事项 × 200 项）',
	theme: { kind: 'business-event', name: '合成主题' },
	leadDepartment: bundles[0].department,
	members: bundles.map((b) => ({ code: b.code, pin: 1 })),
	guide: {
		summary: '合成基准',
		process: [{ name: '一窗受理' }, { name: '并联审批' }, { name: '统一出件' }],
		jointTimeLimit: { value: 10, unit: 'workday' },
		window: { name: '一件事窗口', address: '示范市政务服务中心', hours: '工作日' },
		consult: { phones: ['12345'] }
	}
};
const inputs = bundles.map((bundle) => ({ version: 1, bundle }));
const first = compileOneThing(doc, inputs);
if (!first.bundle) throw new Error('conflicts: ' + JSON.stringify(first.conflicts.slice(0, 3)));
const one = first.bundle;

const single200 = syntheticItem(200) as { item: Item; data: Obj };
const single1000 = syntheticItem(1000) as { item: Item; data: Obj };
const bundle200 = compileItem(single200.item);
const bundle1000 = compileItem(single1000.item);

// compile, interleaved runs of each
const compileOneMs = timeMs(() => compileOneThing(doc, inputs), { warm: 2, runs: 7 });
const compile200Ms = timeMs(() => compileItem(single200.item), { warm: 2, runs: 7 });
const compile1000Ms = timeMs(() => compileItem(single1000.item), { warm: 1, runs: 5 });

// complete submissions (a company without an agent: no power of attorney)
const materialsOf = (b: typeof bundle200) =>
	Object.fromEntries(
		b.materials.filter((m) => !m.sharedExempt && m.id !== 'power').map((m) => [m.id, fileRef(m.id)])
	);
const perMember = Object.fromEntries(
	bundles.map((b, i) => [
		b.code,
		{ form: members[i].data, materials: materialsOf(b), commitment: true }
	])
);
const merged = mergeSubmissions(one, perMember);
const tolerableMerged = structuredClone(merged);
delete tolerableMerged.materials['site-plan'];
const complete200 = { form: single200.data, materials: materialsOf(bundle200), commitment: true };
const complete1000 = {
	form: single1000.data,
	materials: materialsOf(bundle1000),
	commitment: true
};

const check = decideOneThing(one, merged, { date, calendar });
if (check.decision !== 'accept')
	throw new Error('merged submission not accepted: ' + JSON.stringify(check.errors?.slice(0, 3)));
if (decideOneThing(one, tolerableMerged, { date, calendar }).decision !== 'accept-with-tolerance')
	throw new Error('tolerable merged submission not accepted with tolerance');
if (decide(bundle200, complete200, date, { calendar }).decision !== 'accept')
	throw new Error('200-field item not accepted');

const ops = opsPerSec(
	{
		oneThing: () => decideOneThing(one, merged, { date, calendar }),
		oneThingTolerant: () => decideOneThing(one, tolerableMerged, { date, calendar }),
		item200: () => decide(bundle200, complete200, date, { calendar }),
		item1000: () => decide(bundle1000, complete1000, date, { calendar })
	},
	{ batches: 7 }
);

const sharedFields = first.mappings.length;
console.log(
	JSON.stringify({
		members: MEMBERS,
		fields_per_member: FIELDS,
		shared_fields: sharedFields,
		merged_fields_entered: MEMBERS * FIELDS - sharedFields * (MEMBERS - 1),
		compile_ms: {
			onething_5x200: r1(compileOneMs),
			members_5x200: r1(memberCompileMs),
			item_200: r1(compile200Ms),
			item_1000: r1(compile1000Ms)
		},
		compile_ratio: {
			onething_vs_item_200: r2(compileOneMs / compile200Ms),
			onething_vs_item_1000: r2(compileOneMs / compile1000Ms)
		},
		decide_per_s: {
			onething_5x200: Math.round(ops.oneThing),
			onething_5x200_tolerant: Math.round(ops.oneThingTolerant),
			item_200: Math.round(ops.item200),
			item_1000: Math.round(ops.item1000)
		},
		decide_ratio: {
			item_200_vs_onething: r2(ops.item200 / ops.oneThing),
			item_1000_vs_onething: r2(ops.item1000 / ops.oneThing)
		},
		bundle_bytes: {
			onething: JSON.stringify(one).length,
			item_1000: JSON.stringify(bundle1000).length
		}
	})
);
