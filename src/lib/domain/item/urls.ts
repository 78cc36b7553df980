// Addresses in a guide become links on the portal, in the designer's preview and in the widget on
// other sites, some of which have no Content-Security-Policy. A `javascript:` or `data:` address
// there runs script in the reader's page, so only these forms are accepted (issue 12):
// - web pages (网办地址): http: and https: only;
// - contacts (咨询/投诉网址): also mailto: and tel:;
// - files (空白表格、示例样表): http(s), or a relative path on the portal (no scheme of its own).
// Browsers drop tabs and line breaks anywhere in a URL and spaces at its ends (WHATWG URL Standard,
// "basic URL parser"), so "java\tscript:" is a scheme too: no whitespace is accepted at all.
// The same patterns are the item meta-schema's (so a document is refused where it says so) and the
// renderers' last check before writing an href.

const WEB = '[Hh][Tt][Tt][Pp][Ss]?://\\S+';
const MAIL = '[Mm][Aa][Ii][Ll][Tt][Oo]:\\S+';
const TEL = '[Tt][Ee][Ll]:[-+0-9().]+';
// a path: /x (not //host), ./x, ../x, or x/… whose first segment has no colon
const RELATIVE = '/(?!/)\\S*|\\.\\.?/\\S*|[^\\s:/?#]+(?:[/?#]\\S*)?';

export type UrlKind = 'web' | 'contact' | 'file';

export const URL_PATTERNS: Record<UrlKind, string> = {
	web: `^(?:${WEB})$`,
	contact: `^(?:${WEB}|${MAIL}|${TEL})$`,
	file: `^(?:${WEB}|${RELATIVE})$`
};

const compiled = Object.fromEntries(
	Object.entries(URL_PATTERNS).map(([k, p]) => [k, new RegExp(p, 'u')])
) as Record<UrlKind, RegExp>;

/** The URL kind a meta-schema pattern stands for, to word its error. */
export function urlKindOfPattern(pattern: unknown): UrlKind | undefined {
	return (Object.keys(URL_PATTERNS) as UrlKind[]).find((k) => URL_PATTERNS[k] === pattern);
}

/** The address when it may be a link of that kind, else undefined (render it as text then). */
export function safeHref(url: unknown, kind: UrlKind): string | undefined {
	return typeof url === 'string' && compiled[kind].test(url) ? url : undefined;
}
