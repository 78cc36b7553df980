// Units of the portal that decide what a citizen is told: the completion estimate (and what is
// said when the holiday schedule is not yet published), the policy header, the submission shape.
import { describe, expect, it } from 'vitest';
import { calendarFromData, dueDate, defaultCalendar } from '$lib/domain/workdays';
import { kitScriptSources, portalPolicy, isPortalPage } from './csp';
import { createHash } from 'node:crypto';
import { NOTICE_CSS } from '$lib/domain/notice';
import { estimateCompletion, portalCalendar } from './estimate';
import { formatDay, portalT } from './messages';
import { toSubmission } from './submission';

describe('completion estimate', () => {
	it('counts working days over the holiday calendar', () => {
		const r = estimateCompletion({ value: 7, unit: 'workday' }, '2026-09-29');
		// seven working days from 29 September run past the National Day week
		expect(r).toEqual({
			ok: true,
			date: dueDate(defaultCalendar(), '2026-09-29', { value: 7, unit: 'workday' })
		});
		expect(r.ok && r.date > '2026-10-08').toBe(true);
	});

	it('counts a year without a holiday schedule on weekends only, and says so', () => {
		const only2026 = calendarFromData(
			{ id: 'only-2026', years: { '2026': { holidays: [], workdays: [] } } },
			null
		);
		const limit = { value: 20, unit: 'workday' } as const;
		expect(estimateCompletion(limit, '2026-12-20', only2026)).toEqual({
			ok: true,
			date: '2027-01-15',
			provisional: [2027]
		});
		expect(portalT('en')('portal.guide.estimateProvisional', { date: 'x', years: 2027 })).toContain(
			'provisional'
		);
		// a strict server names the missing year instead
		const r = estimateCompletion(limit, '2026-12-20', only2026, true);
		expect(r).toEqual({ ok: false, year: 2027 });
		expect(portalT('zh-CN')('portal.guide.estimateGap', { year: 2027 })).toContain(
			'2027 年的节假日安排尚未发布'
		);
	});

	it('falls back to the national calendar when an uploaded override is broken', () => {
		const broken = { years: { nonsense: { holidays: ['x'], workdays: [] } } };
		expect(portalCalendar({ override: broken as never }).id).toBe(defaultCalendar().id);
		expect(portalCalendar(null).id).toBe(defaultCalendar().id);
	});

	it('writes dates as people do', () => {
		expect(formatDay('2026-10-09', 'zh-CN')).toBe('2026年10月9日');
		expect(formatDay('2026-10-09', 'en')).toBe('2026-10-09');
	});
});

describe('portal policy', () => {
	it('keeps the nonce SvelteKit gave its scripts and never allows eval', () => {
		const header = "script-src 'self' 'nonce-abc123=='; report-uri /portal/csp-report";
		const sources = kitScriptSources(header);
		expect(sources).toEqual(["'nonce-abc123=='"]);
		const policy = portalPolicy(sources);
		expect(policy).toContain("script-src 'self' 'nonce-abc123=='");
		expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("frame-ancestors 'self'");
	});

	it("allows the notice sheet's one stylesheet by its hash, and no other inline style", () => {
		const policy = portalPolicy([]);
		const styleSrc = policy.split('; ').find((d) => d.startsWith('style-src '));
		const hash = createHash('sha256').update(NOTICE_CSS).digest('base64');
		expect(styleSrc).toBe(`style-src 'self' 'sha256-${hash}'`);
	});

	it('applies to portal pages only', () => {
		expect(isPortalPage('/portal')).toBe(true);
		expect(isPortalPage('/portal/items/x/apply')).toBe(true);
		expect(isPortalPage('/portals')).toBe(false);
		expect(isPortalPage('/designer')).toBe(false);
	});
});

describe('submission', () => {
	it('moves the uploads beside the form data', () => {
		const file = { name: 'a.pdf', mediaType: 'application/pdf', size: 3, sha256: 'ab'.repeat(32) };
		const s = toSubmission({ applicant: { name: '张伟' }, materials: { form: file } }, true);
		expect(s).toEqual({
			form: { applicant: { name: '张伟' } },
			materials: { form: file },
			commitment: true
		});
		expect(toSubmission(undefined, false)).toEqual({ form: {}, materials: {}, commitment: false });
	});
});
