// Banshi bench page: loads schemas/form-N.json and renders it with SchemaForm, as a portal would:
// runtime Ajv validator created once, form prefilled with the valid data.
//   ?n=50|200|1000   which form
//   ?live=1          validate the whole form on every change, errors shown inline
import { flushSync, mount } from 'svelte';
import { SchemaForm, runtimeValidator } from '$lib/form';
import { probe } from './probe.js';

probe.mark('entry');

const params = new URLSearchParams(location.search);
const n = params.get('n') ?? '50';
const live = params.get('live') === '1';

fetch(`/schemas/form-${n}.json`)
	.then((res) => {
		if (!res.ok) throw new Error(`schemas/form-${n}.json: HTTP ${res.status}`);
		return res.json();
	})
	.then((form) => {
		probe.mark('data');
		mount(SchemaForm, {
			target: document.getElementById('app'),
			props: {
				schema: form.schema,
				uiSchema: form.uiSchema,
				data: form.valid,
				validator: runtimeValidator(form.schema),
				liveValidate: live,
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
