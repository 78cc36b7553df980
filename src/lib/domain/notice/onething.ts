// oneThingNoticeOf: the one notice the window hands out for a 一件事 application — the one-thing's
// verdict, each member item's own verdict, everything to supply or correct listed once whichever
// members need it, and one supplement deadline (the earliest of the members'). Laid out by the same
// renderer as an item's notice (noticeHtml escapes every text), under the lead department.
import type { DecisionKind } from '../acceptance/types';
import { joinList, translator, type Locale } from '../i18n';
import { formatLimit } from '../lint/durations';
import type { OneThingBundle, OneThingDecision } from '../onething/types';
import { applicantNameOf, type NoticeOptions } from './notice';
import { noticeMessages } from './messages';
import type { Notice, NoticeList } from './types';
import { isObj } from '../plain-object';

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The applicant's name in a merged form: the shared section first, then each member's. */
function oneThingApplicant(form: unknown): string | undefined {
	if (!isObj(form)) return undefined;
	const shared = isObj(form.shared) ? form.shared : {};
	const direct =
		text(shared['business-name']) ??
		text(shared['applicant-name']) ??
		text(shared['legal-representative-name']);
	if (direct) return direct;
	for (const section of Object.values(form)) {
		const name = applicantNameOf(section);
		if (name) return name;
	}
	return undefined;
}

export function oneThingNoticeOf(
	bundle: OneThingBundle,
	decision: OneThingDecision,
	opts: NoticeOptions
): Notice {
	const locale: Locale = opts.locale ?? 'zh-CN';
	const t = translator(noticeMessages, locale);
	const kind: DecisionKind = decision.decision;
	const day = (iso: string) => {
		const [y, m, d] = iso.split('-');
		return locale === 'en' ? iso : t('notice.date', { y, m: Number(m), d: Number(d) });
	};
	const date = day(opts.date);
	const applicant = opts.applicant ?? oneThingApplicant(opts.form);
	const name = locale === 'en' ? bundle.name : `“${bundle.name}”`;
	const verdict = (k: DecisionKind) => t(`notice.title.${k}`).replace(/(通知书|决定书)$/, '');
	const body = [t('notice.received', { date, item: name })];
	const lists: NoticeList[] = [];
	const closing: string[] = [];

	lists.push({
		role: 'members',
		heading: t('notice.onething.members'),
		entries: decision.members.map((m) =>
			m.applies && m.decision
				? {
						text: t('notice.onething.member', {
							name: m.name,
							department: m.department.name,
							verdict: verdict(m.decision.decision)
						})
					}
				: { text: t('notice.onething.notApplicable', { name: m.name }) }
		)
	});

	const decided = decision.members.filter((m) => m.applies && m.decision);
	const notice: Notice = {
		kind,
		locale,
		oneThing: true,
		title: t('notice.onething.title', { title: t(`notice.title.${kind}`) }),
		number: t('notice.number', { year: opts.date.slice(0, 4) }),
		addressee: t('notice.addressee', { name: applicant ?? t('notice.applicantBlank') }),
		item: {
			name: bundle.name,
			code: bundle.code,
			line: t('notice.onething.item', { name: bundle.name, code: bundle.code })
		},
		department: {
			name: bundle.leadDepartment.name,
			creditCode: bundle.leadDepartment.creditCode,
			line: t('notice.creditCode', { code: bundle.leadDepartment.creditCode })
		},
		body,
		lists,
		closing,
		contacts: [
			...(bundle.guide.consult?.phones?.length
				? [t('notice.contact', { phones: joinList(locale, bundle.guide.consult.phones) })]
				: []),
			...(bundle.guide.complaint?.phones?.length
				? [t('notice.complaint', { phones: joinList(locale, bundle.guide.complaint.phones) })]
				: [])
		],
		seal: t('notice.seal'),
		date,
		signature: t('notice.applicantSignature')
	};

	// a document shared by several members is one entry: its merged slot
	const slotOf = (memberCode: string, id: string) =>
		bundle.members.find((m) => m.code === memberCode)?.slice.materials.find((x) => x.from === id)
			?.to ?? `${memberCode}.${id}`;

	switch (kind) {
		case 'accept':
			body.push(t('notice.accept.body'));
			closing.push(
				t('notice.onething.limit', { limit: formatLimit(bundle.guide.jointTimeLimit, locale) })
			);
			break;
		case 'accept-with-tolerance': {
			body.push(t('notice.tolerance.body'));
			const seen = new Set<string>();
			const entries: NoticeList['entries'] = [];
			for (const m of decided)
				for (const x of m.decision!.tolerated) {
					const slot = slotOf(m.code, x.id);
					if (seen.has(slot)) continue;
					seen.add(slot);
					entries.push({ text: x.name });
				}
			lists.push({ role: 'tolerated', heading: t('notice.onething.once'), entries });
			if (decision.supplementDeadline) {
				notice.supplementDeadline = decision.supplementDeadline;
				closing.push(t('notice.onething.deadline', { date: day(decision.supplementDeadline) }));
			}
			const members = decision.members.filter(
				(m) => m.decision?.decision === 'accept-with-tolerance'
			);
			const commitments = [
				...new Set(
					members
						.map(
							(m) => bundle.members.find((b) => b.code === m.code)?.bundle.tolerance.commitmentText
						)
						.map(text)
						.filter((x): x is string => !!x)
				)
			];
			if (commitments.length) {
				notice.commitment = commitments.join('\n');
				for (const c of commitments) closing.push(t('notice.tolerance.commitment', { text: c }));
			}
			closing.push(
				t('notice.onething.limit', { limit: formatLimit(bundle.guide.jointTimeLimit, locale) })
			);
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
			{
				const errors =
					decision.errors ??
					decided.flatMap((m) =>
						m.decision!.errors.map((e) => ({ ...e, pointer: `${m.code}${e.pointer}` }))
					);
				const seen = new Set<string>();
				const entries = errors
					.filter((e) => {
						const k = `${e.pointer}\u0000${e.message}`;
						if (seen.has(k)) return false;
						seen.add(k);
						return true;
					})
					.map((e) => ({ text: e.message }));
				if (entries.length)
					lists.push({ role: 'corrections', heading: t('notice.supplement.corrections'), entries });
			}
			closing.push(t('notice.supplement.after'));
			break;
		case 'reject':
			body.push(t('notice.reject.body'));
			lists.push({
				role: 'refusals',
				heading: t('notice.reject.reasons'),
				entries: decided.flatMap((m) =>
					(m.decision!.refusals ?? []).map((r) => ({ text: r.text, note: m.name }))
				)
			});
			notice.remedies = {
				heading: t('notice.remedies'),
				lines: [t('notice.remedy.review'), t('notice.remedy.lawsuit')]
			};
			break;
	}
	return notice;
}
