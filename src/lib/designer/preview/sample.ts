// 填入示例数据 in the preview: the domain's sample generator, pruned by the form's own validator so
// nothing the schema forbids (a material whose condition does not hold) is filled in.
import type { JsonSchema } from '$lib/domain/item/types';
import { escapeToken } from '$lib/domain/pointer';
import { sampleData } from '$lib/domain/sample/sample';
import { runtimeValidator } from '$lib/form';

export function previewSample(schema: JsonSchema): unknown {
	const validator = runtimeValidator(schema);
	return sampleData(schema, (data) =>
		validator.validate(data).map((e) => {
			const extra = e.params?.unevaluatedProperty;
			return {
				pointer: typeof extra === 'string' ? `${e.pointer}/${escapeToken(extra)}` : e.pointer,
				keyword: e.keyword ?? ''
			};
		})
	);
}
