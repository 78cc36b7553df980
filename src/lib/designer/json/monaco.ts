// Monaco, set up for item documents: its workers come from Vite `?worker` imports (no loader, no
// CDN), and its JSON language service validates and completes against the item meta-schema. This
// module is only ever imported dynamically, when the JSON tab opens, so the editor's large code is
// not part of any other page's download.
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker?worker';
import { ITEM_SCHEMA_ID, itemSchema } from '$lib/domain/item';

const scope = self as unknown as { MonacoEnvironment?: monaco.Environment };
scope.MonacoEnvironment = {
	getWorker: (_id: string, label: string) =>
		label === 'json' ? new JsonWorker() : new EditorWorker()
};

monaco.json.jsonDefaults.setDiagnosticsOptions({
	validate: true,
	allowComments: false,
	enableSchemaRequest: false,
	schemas: [{ uri: ITEM_SCHEMA_ID, fileMatch: ['*'], schema: itemSchema }]
});

export { monaco };
