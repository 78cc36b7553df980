// A notice as a standalone A4 HTML document: what the CLI writes with `--print` and what the portal
// and the designer's simulator open to print. Plain strings, no DOM, every text escaped: a form
// value or a material name can never become markup.
import type { Notice } from './types';

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The print rules: A4 with the margins of 党政机关公文格式 (GB/T 9704), a serif CJK face. */
export const NOTICE_CSS = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
.bs-notice { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
  font-size: 16pt; line-height: 1.75; color: #000; background: #fff; max-width: 156mm; margin: 0 auto; }
.bs-notice h1 { font-family: "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 22pt;
  text-align: center; margin: 0 0 0.5em; letter-spacing: 0.1em; }
.bs-notice .bs-notice-dept { text-align: center; margin: 0; }
.bs-notice .bs-notice-number { text-align: right; margin: 0 0 1em; }
.bs-notice p { margin: 0.25em 0; text-indent: 2em; }
.bs-notice p.bs-notice-addressee, .bs-notice p.bs-notice-item { text-indent: 0; }
.bs-notice ol { margin: 0.25em 0 0.5em 2em; padding-left: 1.5em; }
.bs-notice h2 { font-size: 16pt; font-weight: bold; margin: 0.5em 0 0.25em; text-indent: 2em; }
.bs-notice .bs-notice-sign { margin-top: 3em; text-align: right; }
.bs-notice .bs-notice-sign p { text-indent: 0; }
.bs-notice .bs-notice-seal { display: inline-block; width: 42mm; height: 42mm; border: 1px dashed #999;
  border-radius: 50%; line-height: 42mm; text-align: center; color: #999; font-size: 12pt; }
.bs-notice .bs-notice-foot { margin-top: 2em; font-size: 12pt; }
.bs-notice .bs-notice-foot p { text-indent: 0; }
@media print { .bs-notice { max-width: none; } }`;

/** The notice as an `<article>`: the same markup in the standalone document and in a page. */
export function noticeArticle(n: Notice): string {
	const e = escapeHtml;
	const p = (s: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${e(s)}</p>`;
	const lists = n.lists
		.map(
			(l) =>
				`<h2>${e(l.heading)}</h2><ol data-list="${l.role}">${l.entries
					.map((x) => `<li>${e(x.text)}${x.note ? `（${e(x.note)}）` : ''}</li>`)
					.join('')}</ol>`
		)
		.join('\n');
	const remedies = n.remedies
		? `<h2>${e(n.remedies.heading)}</h2><div data-part="remedies">${n.remedies.lines.map((l) => p(l)).join('')}</div>`
		: '';
	return `<article class="bs-notice" data-notice="${n.kind}" lang="${n.locale}">
<h1>${e(n.title)}</h1>
<p class="bs-notice-number">${e(n.number)}</p>
${p(n.addressee, 'bs-notice-addressee')}
${n.body.map((s) => p(s)).join('\n')}
${lists}
${n.closing.map((s) => p(s)).join('\n')}
${remedies}
${p(n.item.line, 'bs-notice-item')}
<div class="bs-notice-sign">
<span class="bs-notice-seal" aria-hidden="true">${e(n.seal)}</span>
${p(n.department.name)}
${p(n.date)}
</div>
<div class="bs-notice-foot">
${p(n.department.line)}
${n.contacts.map((s) => p(s)).join('\n')}
${p(n.signature)}
</div>
</article>`;
}

/** A complete HTML document holding one notice, ready to print on A4. */
export function noticeHtml(n: Notice): string {
	return `<!doctype html>
<html lang="${n.locale}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(n.title)} · ${escapeHtml(n.item.name)}</title>
<style>${NOTICE_CSS}</style>
</head>
<body>
${noticeArticle(n)}
</body>
</html>
`;
}
