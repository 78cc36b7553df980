// The edit a reviewer is shown in the review benchmark, on the synthetic item of bench/gen-item.js:
// a shorter promised time limit, a material made tolerable, one field renamed, one removed, one
// added, and a longer condition text reworded (so the page renders a character-level diff).

/** @param {any} doc the synthetic item document; returns a changed copy */
export function changeSyntheticItem(doc) {
	const next = structuredClone(doc);
	next.guide.promisedTimeLimit = { value: 8, unit: 'workday' };
	const m = next.materials.find((x) => x.necessity === 'required' && !x.essential);
	if (m) m.necessity = 'tolerable';
	const sections = next.form.schema.properties;
	const names = Object.keys(sections).filter((k) => sections[k]?.properties);
	const [a, b, c] = [names[1], names[4], names[6]].map((k) => sections[k ?? names[0]]);
	const first = Object.keys(a.properties)[0];
	a.properties[first] = { ...a.properties[first], title: '改名后的字段' };
	const gone = Object.keys(b.properties).find((k) => !(b.required ?? []).includes(k));
	if (gone) delete b.properties[gone];
	c.properties.extra = { type: 'string', title: '新增字段', maxLength: 50 };
	if (next.guide.conditions.length)
		next.guide.conditions[0] = next.guide.conditions[0] + '；申请人应当对所提交材料的真实性负责。';
	return next;
}
