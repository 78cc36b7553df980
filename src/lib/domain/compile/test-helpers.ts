// Builders for compile and acceptance tests: items with a chosen material set, and submissions.
import { idCardCheckChar } from '../formats';
import type { TolerancePolicy } from '../item/policy';
import { sampleItem } from '../item/test-fixtures';
import type { Item, Material } from '../item/types';
import type { FileRef } from './types';

/** A resident ID number with a correct check character, born 1985-06-15 in Beijing. */
export function validIdCard(sequence = '123'): string {
	const first17 = `11010519850615${sequence}`;
	return first17 + idCardCheckChar(first17);
}

/** The same number with a wrong check character: right shape, wrong digit. */
export function badCheckDigitIdCard(): string {
	const good = validIdCard();
	const wrong = good.endsWith('0') ? '1' : '0';
	return good.slice(0, 17) + wrong;
}

export function fileRef(overrides: Partial<FileRef> = {}): FileRef {
	return {
		name: '材料.pdf',
		mediaType: 'application/pdf',
		size: 2048,
		sha256: 'ab'.repeat(32),
		...overrides
	};
}

/** Valid form data for sampleItem(). */
export function sampleForm(
	applicantType: 'person' | 'company' = 'company'
): Record<string, unknown> {
	return {
		applicant: {
			applicantType,
			name: '示范餐饮有限公司',
			idNumber: validIdCard(),
			phone: '13912345678'
		},
		business: { address: '某市某区政务大道1号', category: '热食类食品制售' }
	};
}

/** A policy that lets every class tolerate up to `max` missing materials. */
export function generousPolicy(max = 10): TolerancePolicy {
	return {
		classes: {
			control: { toleranceAllowed: false, maxMissing: 0 },
			cautious: { toleranceAllowed: true, maxMissing: max },
			encouraged: { toleranceAllowed: true, maxMissing: max }
		},
		immediateCasesTolerate: false
	};
}

function material(id: string, necessity: Material['necessity'], essential: boolean): Material {
	return {
		id,
		name: `材料${id}`,
		necessity,
		essential,
		kind: 'other',
		medium: 'electronic',
		originals: 1,
		copies: 0,
		source: 'applicant',
		sharedExempt: false,
		mediaTypes: ['application/pdf'],
		maxSize: 1024 * 1024
	};
}

/**
 * sampleItem() with one essential required material ('main') followed by `n` tolerable ones
 * ('t0'…), tolerance enabled with `maxMissing`.
 */
export function itemWithTolerable(n: number, maxMissing: number): Item {
	const item = sampleItem();
	item.riskClass = 'encouraged';
	item.materials = [material('main', 'required', true)];
	for (let i = 0; i < n; i++) item.materials.push(material(`t${i}`, 'tolerable', false));
	item.tolerance = { ...item.tolerance, enabled: true, maxMissing };
	return item;
}
