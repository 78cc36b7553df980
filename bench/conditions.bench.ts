// Conditions and calculated fields: our evaluator beside Ajv on the compiled schema (the reference
// every portal runs), the compile → read round trip the designer does on each edit, and what
// calculated fields and cross-field rules add to one acceptance decision. Prints one JSON object.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compileItem } from '../src/lib/domain/compile';
import { decide } from '../src/lib/domain/acceptance';
import { compileCondition, conditionHolds, readCondition } from '../src/lib/domain/conditions';
import type { Condition } from '../src/lib/domain/conditions';
import { defaultCalendar } from '../src/lib/domain/workdays';
import type { Item, JsonSchema } from '../src/lib/domain/item/types';
import { fileRef, sampleForm } from '../tests/fixtures/applications';
import { sampleItem } from '../tests/fixtures/sample-item';
import { opsPerSec, r1, r2 } from './measure.js';

const condition: Condition = {
	all: false,
	parts: [
		{ field: ['applicant', 'applicantType'], op: 'oneOf', value: ['company'] },
		{
			all: true,
			parts: [
				{ field: ['applicant', 'name'], op: 'contains', value: '公司' },
				{ field: ['business', 'opened'], op: 'dateBefore', value: '2024-01-01' },
				{ field: ['business', 'area'], op: 'gte', value: 50 }
			]
		},
		{ field: ['applicant', 'region'], op: 'empty' }
	]
};
const data = {
	applicant: { applicantType: 'person', name: '示范餐饮有限公司' },
	business: { opened: '2023-05-01', area: 80 }
};
const schema = compileCondition(condition);
const ajvCheck = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
if (ajvCheck(data) !== conditionHolds(condition, data))
	throw new Error('evaluator and Ajv disagree');

const evaluate = opsPerSec({
	ours: () => conditionHolds(condition, data),
	ajv: () => ajvCheck(data),
	roundTrip: () => readCondition(compileCondition(condition))
});

function item(withDerived: boolean): Item {
	const it = sampleItem();
	if (!withDerived) return it;
	const props = it.form.schema.properties as Record<string, JsonSchema>;
	(props.applicant.properties as Record<string, JsonSchema>).age = {
		type: 'integer',
		title: '年龄'
	};
	it.form.uiSchema = {
		...it.form.uiSchema,
		'ui:rules': [{ kind: 'sumAtMost', items: 'shareholders', of: 'share', total: 100 }],
		applicant: {
			...(it.form.uiSchema.applicant as object),
			age: { 'ui:calc': { fn: 'ageFromId', id: 'applicant.idNumber' } }
		}
	};
	return it;
}
const calendar = defaultCalendar();
const date = '2026-03-02';
const plain = compileItem(item(false));
const derived = compileItem(item(true));
const materials = Object.fromEntries(
	plain.materials.filter((m) => !m.sharedExempt).map((m) => [m.id, fileRef()])
);
const form = sampleForm();
const withAge = { ...form, applicant: { ...(form.applicant as object), age: 40 } };
const a = decide(plain, { form, materials }, date, { calendar });
const b = decide(derived, { form: withAge, materials }, date, { calendar });
if (a.decision !== 'accept' || b.decision !== 'accept')
	throw new Error(
		`expected accept, got ${a.decision} / ${b.decision}: ${JSON.stringify(b.errors)}`
	);
const decideOps = opsPerSec({
	plain: () => decide(plain, { form, materials }, date, { calendar }),
	derived: () => decide(derived, { form: withAge, materials }, date, { calendar })
});

console.log(
	JSON.stringify({
		conditionOpsPerSec: Math.round(evaluate.ours),
		ajvConditionOpsPerSec: Math.round(evaluate.ajv),
		conditionVsAjv: r2(evaluate.ours / evaluate.ajv),
		compileReadRoundTripsPerSec: Math.round(evaluate.roundTrip),
		decidePerSec: r1(decideOps.plain),
		decideWithCalcAndRulesPerSec: r1(decideOps.derived),
		calcAndRulesOverhead: r2(decideOps.plain / decideOps.derived)
	})
);
