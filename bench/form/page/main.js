// Banshi bench page: loads schemas/form-N.json and renders it with SchemaForm, as a portal page or
// the widget does: the form's precompiled validators (validators/form-N.js, written by
// bench/form/validators.ts) imported beside the schema, the first screen of fields drawn at once
// and the rest after the first paint (progressive), the form prefilled with the valid data.
//   ?n=50|200|1000   which form
//   ?live=1          validate the whole form on every change, errors shown inline
import { flushSync, mount } from 'svelte';
import { SchemaForm, precompiledValidator } from '$lib/form';
import { loadRegionsWith } from '$lib/form/regions.svelte';
import { fromModule } from '$lib/portal/validators';
import { probe } from './probe.js';

probe.mark('entry');

const params = new URLSearchParams(location.search);
const n = params.get('n') ?? '50';
const live = params.get('live') === '1';
// the region table comes per province, as in the widget (vite.widget.plugins.ts)
loadRegionsWith((prefix) => fetch(`./regions/${prefix}.json`).then((r) => r.json()));

Promise.all([
	fetch(`/schemas/form-${n}.json`).then((res) => {
		if (!res.ok) throw new Error(`schemas/form-${n}.json: HTTP ${res.status}`);
		return res.json();
	}),
	import(/* @vite-ignore */ new URL(`./validators/form-${n}.js`, location.href).href)
])
	.then(([form, validators]) => {
		probe.mark('data');
		mount(SchemaForm, {
			target: document.getElementById('app'),
			props: {
				schema: form.schema,
				uiSchema: form.uiSchema,
				data: form.valid,
				validator: precompiledValidator(fromModule(validators, 'bench').application),
				liveValidate: live,
				progressive: true,
				// called once the change is in the DOM (the form waits for Svelte's update)
				onchange: probe.committed
			}
		});
		flushSync();
		probe.mounted();
	})
	.catch((err) => {
		document.body.textContent = String(err);
		window.__benchError = String(err);
	});
