// 实施清单要素: the elements of the national set beyond the core guide, and what the seeds require of
// them — no 行政许可 at village level (盘锦 (八)), a process that runs from 受理 to 办结 within the
// promised limit (朔州 §三(五)2), a cancel date for a cancelled item, a fee basis for a required
// intermediary service, the entrusting department of an entrusted item, codes that agree.
import { bothLanguages, translator } from '../../i18n';
import { label } from '../../item/labels';
import type { PowerSource, TimeLimit } from '../../item/types';
import { pointer } from '../../pointer';
import { compareLimits, formatLimit, isTimeLimit } from '../durations';
import type { RawFinding, Rule } from '../types';
import { nationalRuleMessages as messages } from './national.messages';

type Id =
	| 'licensing-at-village'
	| 'process-incomplete'
	| 'process-exceeds-promised'
	| 'cancel-date-missing'
	| 'intermediary-fee-basis-missing'
	| 'entrustment-missing'
	| 'area-code-mismatch'
	| 'handling-item-code-mismatch'
	| 'self-service-contradicts-channels';

const meta = <I extends Id>(id: I) => ({
	id,
	title: bothLanguages(messages, `lint.${id}.title` as `lint.${Id}.title`),
	description: bothLanguages(messages, `lint.${id}.description` as `lint.${Id}.description`)
});

export const licensingAtVillage: Rule = {
	...meta('licensing-at-village'),
	family: 'guide',
	defaultSeverity: 'error',
	check({ item, locale }) {
		if (item.kind !== 'licensing' || !Array.isArray(item.levels)) return [];
		const i = item.levels.indexOf('village');
		if (i < 0) return [];
		const t = translator(messages, locale);
		return [
			{
				pointer: pointer('levels', i),
				message: t('lint.licensing-at-village.message'),
				fix: {
					message: t('lint.licensing-at-village.fix'),
					// only when another level remains: an item must have one
					patch: item.levels.length > 1 ? [{ op: 'remove', path: pointer('levels', i) }] : undefined
				}
			}
		];
	}
};

/** Step names that accept the application, and those that conclude it. */
const ACCEPT = /受理/;
const CONCLUDE = /办结|决定|送达|发证|发照|颁证|颁发|签发|制证|发卡|发放|确认|出具|登记|领取/;

export const processIncomplete: Rule = {
	...meta('process-incomplete'),
	family: 'guide',
	defaultSeverity: 'warning',
	check({ item, locale }) {
		const steps = item.guide?.process;
		if (!Array.isArray(steps) || steps.length === 0) return [];
		const names = steps.map((s) => (typeof s?.name === 'string' ? s.name : ''));
		const t = translator(messages, locale);
		const missing: string[] = [];
		if (!names.some((n) => ACCEPT.test(n))) missing.push(t('lint.process-incomplete.step.accept'));
		// the concluding step comes after acceptance
		const accepted = Math.max(
			0,
			names.findIndex((n) => ACCEPT.test(n))
		);
		if (!names.some((n, i) => i >= accepted && CONCLUDE.test(n.replace(ACCEPT, ''))))
			missing.push(t('lint.process-incomplete.step.conclude'));
		return missing.map((m) => ({
			pointer: '/guide/process',
			message: t('lint.process-incomplete.message', { missing: m }),
			fix: { message: t('lint.process-incomplete.fix', { missing: m }) }
		}));
	}
};

export const processExceedsPromised: Rule = {
	...meta('process-exceeds-promised'),
	family: 'time-limits',
	defaultSeverity: 'error',
	check({ item, locale }) {
		const promised = item.guide?.promisedTimeLimit;
		const steps = item.guide?.process;
		if (!isTimeLimit(promised) || !Array.isArray(steps)) return [];
		const limits = steps.map((s) => s?.timeLimit).filter(isTimeLimit);
		if (limits.length === 0) return [];
		// added up only when the steps share a unit: mixing units needs a calendar
		const unit = limits[0].unit;
		if (limits.some((l) => l.unit !== unit)) return [];
		const sum: TimeLimit = { value: limits.reduce((n, l) => n + l.value, 0), unit };
		if (compareLimits(sum, promised) !== 'exceeds') return [];
		const t = translator(messages, locale);
		const p = formatLimit(promised, locale);
		return [
			{
				pointer: '/guide/process',
				message: t('lint.process-exceeds-promised.message', {
					sum: formatLimit(sum, locale),
					promised: p
				}),
				fix: { message: t('lint.process-exceeds-promised.fix', { promised: p }) }
			}
		];
	}
};

export const cancelDateMissing: Rule = {
	...meta('cancel-date-missing'),
	family: 'guide',
	defaultSeverity: 'error',
	check({ item, locale }) {
		const s = item.guide?.itemStatus;
		if (s?.state !== 'cancelled' || (typeof s.plannedCancelOn === 'string' && s.plannedCancelOn))
			return [];
		const t = translator(messages, locale);
		return [
			{
				pointer: '/guide/itemStatus',
				message: t('lint.cancel-date-missing.message'),
				fix: { message: t('lint.cancel-date-missing.fix') }
			}
		];
	}
};

export const intermediaryFeeBasisMissing: Rule = {
	...meta('intermediary-fee-basis-missing'),
	family: 'guide',
	defaultSeverity: 'error',
	check({ item, locale }) {
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		(item.guide?.intermediaries ?? []).forEach((s, i) => {
			if (s?.required !== true || (typeof s.feeBasis === 'string' && s.feeBasis.trim())) return;
			out.push({
				pointer: pointer('guide', 'intermediaries', i, 'feeBasis'),
				message: t('lint.intermediary-fee-basis-missing.message', { name: s.name ?? i + 1 }),
				fix: { message: t('lint.intermediary-fee-basis-missing.fix') }
			});
		});
		return out;
	}
};

const ENTRUSTED: PowerSource[] = ['delegated', 'entrusted-superior', 'entrusted-peer'];

export const entrustmentMissing: Rule = {
	...meta('entrustment-missing'),
	family: 'guide',
	defaultSeverity: 'error',
	check({ item, locale }) {
		const g = item.guide;
		if (g?.entrustment?.department?.trim()) return [];
		const t = translator(messages, locale);
		let cause: string | undefined;
		if (g?.powerSource && ENTRUSTED.includes(g.powerSource))
			cause = t('lint.entrustment-missing.cause.powerSource', {
				value: label('powerSource', g.powerSource, locale)
			});
		else if (item.department?.nature === 'entrusted-organisation')
			cause = t('lint.entrustment-missing.cause.nature');
		if (!cause) return [];
		return [
			{
				pointer: '/guide/entrustment',
				message: t('lint.entrustment-missing.message', { cause }),
				fix: { message: t('lint.entrustment-missing.fix') }
			}
		];
	}
};

const AREA_CODE = /^[0-9]{12}$/;

export const areaCodeMismatch: Rule = {
	...meta('area-code-mismatch'),
	family: 'guide',
	defaultSeverity: 'error',
	check({ item, locale }) {
		const town = item.guide?.area?.townCode;
		const village = item.guide?.area?.villageCode;
		const t = translator(messages, locale);
		const fix = { message: t('lint.area-code-mismatch.fix') };
		const out: RawFinding[] = [];
		const townOk = typeof town === 'string' && AREA_CODE.test(town);
		if (townOk && !town.endsWith('000'))
			out.push({
				pointer: '/guide/area/townCode',
				message: t('lint.area-code-mismatch.notTown', { code: town }),
				fix
			});
		if (
			townOk &&
			typeof village === 'string' &&
			AREA_CODE.test(village) &&
			village.slice(0, 9) !== town.slice(0, 9)
		)
			out.push({
				pointer: '/guide/area/villageCode',
				message: t('lint.area-code-mismatch.outside', { village, town }),
				fix
			});
		return out;
	}
};

export const handlingItemCodeMismatch: Rule = {
	...meta('handling-item-code-mismatch'),
	family: 'guide',
	defaultSeverity: 'warning',
	check({ item, locale }) {
		const code = item.guide?.handlingItem?.code;
		if (typeof code !== 'string' || code === '') return [];
		// the 12-character 基本编码: the base reference, or the tail of a 31-character 实施编码
		const catalog = item.base?.code ?? (item.code?.length === 31 ? item.code.slice(19) : undefined);
		const t = translator(messages, locale);
		const ok = catalog
			? code.length === catalog.length + 2 && code.startsWith(catalog) && /\d\d$/.test(code)
			: /^[0-9A-Za-z]{12}\d\d$/.test(code);
		if (ok) return [];
		return [
			{
				pointer: '/guide/handlingItem/code',
				message: catalog
					? t('lint.handling-item-code-mismatch.message', { code, catalog })
					: t('lint.handling-item-code-mismatch.messageNoCatalog', { code }),
				fix: { message: t('lint.handling-item-code-mismatch.fix') }
			}
		];
	}
};

export const selfServiceContradictsChannels: Rule = {
	...meta('self-service-contradicts-channels'),
	family: 'guide',
	defaultSeverity: 'warning',
	check({ item, locale }) {
		const flag = item.guide?.services?.selfServiceTerminal;
		if (typeof flag !== 'boolean' || !Array.isArray(item.guide?.channels)) return [];
		const channel = item.guide.channels.includes('self-service');
		if (flag === channel) return [];
		const t = translator(messages, locale);
		return [
			{
				pointer: '/guide/services/selfServiceTerminal',
				message: t(
					flag
						? 'lint.self-service-contradicts-channels.noChannel'
						: 'lint.self-service-contradicts-channels.noFlag'
				),
				fix: {
					message: t('lint.self-service-contradicts-channels.fix'),
					patch: [{ op: 'replace', path: '/guide/services/selfServiceTerminal', value: channel }]
				}
			}
		];
	}
};

export const nationalRules: Rule[] = [
	licensingAtVillage,
	processIncomplete,
	processExceedsPromised,
	cancelDateMissing,
	intermediaryFeeBasisMissing,
	entrustmentMissing,
	areaCodeMismatch,
	handlingItemCodeMismatch,
	selfServiceContradictsChannels
];
