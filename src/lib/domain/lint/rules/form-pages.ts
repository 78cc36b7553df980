// 分步填写: the steps of a multi-page form (`ui:pages`) name sections that exist, each once, with a
// title. The renderer copes with every mistake (the domain's one reading), but the applicant then
// sees a step the designer did not mean.
import { bothLanguages, translator } from '../../i18n';
import { readPages, type PagesProblem } from '../../pages/pages';
import type { RawFinding, Rule } from '../types';
import { formPagesMessages as messages } from './form-pages.messages';

const BASE = '/form/uiSchema/ui:pages';

export const formPages: Rule = {
	id: 'form-pages',
	family: 'form',
	defaultSeverity: 'warning',
	title: bothLanguages(messages, 'lint.form-pages.title'),
	description: bothLanguages(messages, 'lint.form-pages.description'),
	check(ctx) {
		const form = ctx.item.form;
		const props = (form?.schema?.properties ?? {}) as Record<string, { title?: unknown }>;
		// the materials are a section of the published form too; on the last step unless placed
		const sections = [...Object.keys(props), 'materials'];
		const title = (key: string) =>
			typeof props[key]?.title === 'string' ? `“${props[key].title as string}”` : `“${key}”`;
		const problems = readPages(form?.uiSchema, sections).problems.flatMap((p): PagesProblem[] => {
			if (p.kind !== 'unassigned') return [p];
			const left = p.sections.filter((s) => s !== 'materials');
			return left.length ? [{ ...p, sections: left }] : [];
		});
		const t = translator(messages, ctx.locale);
		const fix = { message: t('lint.form-pages.fix') };
		return problems.map((p): RawFinding => {
			switch (p.kind) {
				case 'malformed':
					return { pointer: BASE, message: t('lint.form-pages.malformed'), fix };
				case 'unknownSection':
					return {
						pointer: `${BASE}/${p.page}`,
						message: t('lint.form-pages.unknownSection', { page: p.page + 1, section: p.section }),
						fix
					};
				case 'duplicateSection':
					return {
						pointer: `${BASE}/${p.page}`,
						message: t('lint.form-pages.duplicateSection', {
							page: p.page + 1,
							first: p.first + 1,
							section: p.section
						}),
						fix
					};
				case 'untitledPage':
				case 'emptyPage':
					return {
						pointer: `${BASE}/${p.page}`,
						message: t(`lint.form-pages.${p.kind}`, { page: p.page + 1 }),
						fix
					};
				case 'unassigned':
					return {
						pointer: BASE,
						message: t('lint.form-pages.unassigned', {
							sections: p.sections.map(title).join('、')
						}),
						fix
					};
			}
		});
	}
};
