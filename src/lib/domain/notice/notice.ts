// noticeOf: a decision → the notice the window hands out (受理通知书, 容缺受理通知书,
// 一次性告知（补正）通知书, 不予受理决定书), worded after 《行政许可法》第三十二条. The verdict, the
// lists and the deadlines are the decision's; this only words them as a document.
import type { Decision } from '../acceptance/types';
import { fromLegacyDecision } from '../acceptance/types';
import type { Bundle } from '../compile/types';
import { joinList, translator, type Locale, type Translate } from '../i18n';
import { formatLimit } from '../lint/durations';
import { noticeMessages } from './messages';
import type { Notice, NoticeList } from './types';
import { isObj } from '../plain-object';

type NoticeT = Translate<(typeof noticeMessages)['zh-CN']>;

export interface NoticeOptions {
	/** the decision date, YYYY-MM-DD */
	date: string;
	/** the applicant's name; by default taken from the form (see `applicantNameOf`) */
	applicant?: string;
	/** the submitted form, to find the applicant's name in */
	form?: unknown;
	locale?: Locale;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The applicant's name as forms commonly hold it: `applicant.name`, `applicantName`, `name`, or the
 * `name` of the form's first section (the person or company applying comes first in every
 * template). Undefined when none is there: the notice then leaves a blank to write it on.
 */
export function applicantNameOf(form: unknown): string | undefined {
	if (!isObj(form)) return undefined;
	const direct =
		(isObj(form.applicant) ? text(form.applicant.name) : undefined) ??
		text(form.applicantName) ??
		text(form.name);
	if (direct) return direct;
	const first = Object.values(form).find(isObj);
	return first ? text(first.name) : undefined;
}

export function noticeOf(bundle: Bundle, decision: Decision, opts: NoticeOptions): Notice {
	const locale = opts.locale ?? 'zh-CN';
	const t = translator(noticeMessages, locale);
	// a decision kept from before the four verdicts may say 'reject' for an incomplete application
	const kind =
		decision.decision === 'reject' && !decision.refusals?.length
			? fromLegacyDecision(decision.decision)
			: decision.decision;
	const day = (iso: string) => {
		const [y, m, d] = iso.split('-');
		return locale === 'en' ? iso : t('notice.date', { y, m: Number(m), d: Number(d) });
	};
	const date = day(opts.date);
	const applicant = opts.applicant ?? applicantNameOf(opts.form);
	const itemName = locale === 'en' ? bundle.name : `“${bundle.name}”`;
	const body = [t('notice.received', { date, item: itemName })];
	const lists: NoticeList[] = [];
	const closing: string[] = [];
	const notice: Notice = {
		kind,
		locale,
		title: t(`notice.title.${kind}`),
		number: t('notice.number', { year: opts.date.slice(0, 4) }),
		addressee: t('notice.addressee', { name: applicant ?? t('notice.applicantBlank') }),
		item: {
			name: bundle.name,
			code: bundle.code,
			line: t('notice.item', { name: bundle.name, code: bundle.code })
		},
		department: {
			name: bundle.department.name,
			creditCode: bundle.department.creditCode,
			line: t('notice.creditCode', { code: bundle.department.creditCode })
		},
		body,
		lists,
		closing,
		contacts: contactsOf(bundle, t, locale),
		seal: t('notice.seal'),
		date,
		signature: t('notice.applicantSignature')
	};

	switch (kind) {
		case 'accept':
			body.push(t('notice.accept.body'));
			closing.push(
				t('notice.accept.limit', { limit: formatLimit(bundle.guide.promisedTimeLimit, locale) })
			);
			break;
		case 'accept-with-tolerance': {
			body.push(t('notice.tolerance.body'));
			lists.push({
				role: 'tolerated',
				heading: t('notice.tolerance.list'),
				entries: decision.tolerated.map((m) => ({
					text: m.name,
					note: t('notice.tolerance.due', { date: day(m.supplementDeadline) })
				}))
			});
			if (decision.supplementDeadline) {
				notice.supplementDeadline = decision.supplementDeadline;
				closing.push(t('notice.tolerance.deadline', { date: day(decision.supplementDeadline) }));
			}
			const commitment = text(bundle.tolerance.commitmentText);
			if (commitment) {
				notice.commitment = commitment;
				closing.push(t('notice.tolerance.commitment', { text: commitment }));
			}
			const consequence = text(bundle.tolerance.consequence);
			if (consequence) closing.push(t('notice.tolerance.consequence', { text: consequence }));
			break;
		}
		case 'supplement':
			body.push(t('notice.supplement.body'));
			if (decision.missing.length)
				lists.push({
					role: 'materials',
					heading: t('notice.supplement.materials'),
					entries: decision.missing.map((m) => ({ text: m.name }))
				});
			if (decision.errors.length)
				lists.push({
					role: 'corrections',
					heading: t('notice.supplement.corrections'),
					entries: decision.errors.map((e) => ({ text: e.message }))
				});
			if (decision.toleranceOffer)
				lists.push({
					role: 'offer',
					heading: t('notice.supplement.offer', {
						date: day(decision.toleranceOffer.supplementDeadline)
					}),
					entries: decision.toleranceOffer.materials.map((m) => ({ text: m.name }))
				});
			closing.push(t('notice.supplement.after'));
			break;
		case 'reject':
			body.push(t('notice.reject.body'));
			lists.push({
				role: 'refusals',
				heading: t('notice.reject.reasons'),
				entries: (decision.refusals ?? []).map((r) => ({ text: r.text }))
			});
			notice.remedies = {
				heading: t('notice.remedies'),
				lines: [t('notice.remedy.review'), t('notice.remedy.lawsuit')]
			};
			break;
	}
	return notice;
}

function contactsOf(bundle: Bundle, t: NoticeT, locale: Locale): string[] {
	const lines: string[] = [];
	const consult = bundle.guide.consult?.phones ?? [];
	const complaint = bundle.guide.complaint?.phones ?? [];
	if (consult.length) lines.push(t('notice.contact', { phones: joinList(locale, consult) }));
	if (complaint.length) lines.push(t('notice.complaint', { phones: joinList(locale, complaint) }));
	return lines;
}
