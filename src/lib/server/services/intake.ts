// Hand-off of a checked application to the agency's intake system (受理系统). The portal's apply
// page is a pre-check (在线预审); only when an administrator configures an intake endpoint does an
// application leave the browser: the server decides it again with the published version (a
// client's verdict is never trusted), POSTs it to the endpoint and passes back the receipt number
// the intake system answers with. The contract the receiver implements is in the README.
import { decide } from '../../domain/acceptance/decide';
import type { Decision } from '../../domain/acceptance/types';
import type { Bundle, Submission } from '../../domain/compile/types';
import type { Locale } from '../../domain/i18n';
import { todayInChina, type CalendarData } from '../../domain/workdays';
import { portalCalendar } from '../../portal/estimate';
import { AppError, m } from '../errors';
import type { PortalService } from './portal';

export interface IntakeConfig {
	url: URL;
	/** sent as `Authorization: Bearer …` when set */
	token?: string;
	timeoutMs: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * BANSHI_INTAKE_URL (https; plain http only on this machine, for a local receiver) and the
 * optional BANSHI_INTAKE_TOKEN. A malformed URL stops the server at start rather than losing
 * applications later.
 */
export function intakeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): IntakeConfig | null {
	const raw = env.BANSHI_INTAKE_URL?.trim();
	if (!raw) return null;
	const url = new URL(raw);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
		throw new Error(`BANSHI_INTAKE_URL must be an https URL (http only for 127.0.0.1): ${raw}`);
	}
	return { url, token: env.BANSHI_INTAKE_TOKEN?.trim() || undefined, timeoutMs: 15_000 };
}

export interface IntakeReceipt {
	receipt: string;
	sentAt: string;
	decision: Decision['decision'];
}

/** What the intake endpoint receives (JSON). */
export interface IntakeDelivery {
	item: { code: string; name: string; version: number; hash: string };
	date: string;
	submission: Submission;
	decision: Decision;
}

const RECEIPT = /^[\p{L}\p{N}\-_/.:#]{1,64}$/u;

export class IntakeService {
	constructor(
		private readonly portal: PortalService,
		private readonly config: IntakeConfig | null
	) {}

	get configured(): boolean {
		return this.config !== null;
	}

	async send(
		code: string,
		n: number,
		submission: Submission,
		locale: Locale
	): Promise<IntakeReceipt> {
		const config = this.config;
		if (!config) {
			throw new AppError('not-found', {
				slug: 'intake-not-configured',
				detail: m('server.intake.notConfigured')
			});
		}
		const v = await this.portal.version(code, n);
		const bundle = JSON.parse(v.bundle) as Bundle;
		const date = todayInChina();
		const override = (await this.portal.calendar())?.data as CalendarData | undefined;
		const calendar = portalCalendar(override);
		const decision = decide(bundle, submission, date, { locale, calendar });
		const delivery: IntakeDelivery = {
			item: { code: bundle.code, name: bundle.name, version: v.n, hash: v.hash },
			date,
			submission,
			decision
		};
		const receipt = await this.post(config, delivery);
		return { receipt, sentAt: new Date().toISOString(), decision: decision.decision };
	}

	private async post(config: IntakeConfig, delivery: IntakeDelivery): Promise<string> {
		const failed = (reason: string | ReturnType<typeof m>) =>
			new AppError('bad-gateway', {
				slug: 'intake-failed',
				detail: m('server.intake.failed', { reason })
			});
		let res: Response;
		try {
			res = await fetch(config.url, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					accept: 'application/json',
					...(config.token ? { authorization: `Bearer ${config.token}` } : {})
				},
				body: JSON.stringify(delivery),
				signal: AbortSignal.timeout(config.timeoutMs),
				redirect: 'error'
			});
		} catch (error) {
			console.error('intake endpoint unreachable:', error);
			throw failed((error as Error).name === 'TimeoutError' ? 'timeout' : 'network');
		}
		if (!res.ok) throw failed(`HTTP ${res.status}`);
		const body = (await res.json().catch(() => null)) as { receipt?: unknown } | null;
		const receipt = body?.receipt;
		if (typeof receipt !== 'string' || !RECEIPT.test(receipt)) {
			throw failed(m('server.intake.badReceipt'));
		}
		return receipt;
	}
}
