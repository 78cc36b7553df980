// Titles, descriptions, findings and fixes of the rules on the national element set (实施清单要素).
import { defineMessages } from '../../i18n';

export const nationalRuleMessages = defineMessages(
	{
		'lint.licensing-at-village.title': '行政许可不得由村级行使',
		'lint.licensing-at-village.description':
			'村（社区）是基层群众性自治组织，不是行政机关，不得实施行政许可；行政许可事项的行使层级不能包含村（社区）级。',
		'lint.licensing-at-village.message': '行政许可事项的行使层级包含“村（社区）级”',
		'lint.licensing-at-village.fix': '去掉村（社区）级，由乡镇（街道）或县级部门实施，村级仅可代办',

		'lint.process-incomplete.title': '办理流程未覆盖受理至办结',
		'lint.process-incomplete.description':
			'办理流程应从受理环节开始，到决定、办结或送达环节结束，使申请人看到完整的办理过程。',
		'lint.process-incomplete.message': '办理流程缺少{missing}环节',
		'lint.process-incomplete.step.accept': '受理',
		'lint.process-incomplete.step.conclude': '决定或办结',
		'lint.process-incomplete.fix': '补充{missing}环节并写明其办理时限',

		'lint.process-exceeds-promised.title': '各环节时限之和超过承诺时限',
		'lint.process-exceeds-promised.description':
			'各办理环节的时限相加不得超过承诺办结时限，否则按环节办理必然违背承诺。特别程序不计入。',
		'lint.process-exceeds-promised.message':
			'各环节时限之和（{sum}）超过承诺办结时限（{promised}）',
		'lint.process-exceeds-promised.fix': '压缩环节时限，使其合计不超过 {promised}',

		'lint.cancel-date-missing.title': '取消的事项缺少计划取消日期',
		'lint.cancel-date-missing.description':
			'事项状态为“取消”时须写明计划取消日期，门户据此提前告知申请人，清单据此按期调整。',
		'lint.cancel-date-missing.message': '事项状态为“取消”，但未填写计划取消日期',
		'lint.cancel-date-missing.fix': '填写计划取消日期（YYYY-MM-DD）',

		'lint.intermediary-fee-basis-missing.title': '必要中介服务缺少收费依据',
		'lint.intermediary-fee-basis-missing.description':
			'申请人必须取得的中介服务应写明收费依据（或不收费的说明），未列明依据的中介收费不得要求申请人承担。',
		'lint.intermediary-fee-basis-missing.message': '必要中介服务“{name}”未写明收费依据',
		'lint.intermediary-fee-basis-missing.fix': '写明收费依据，或说明该中介服务不收费',

		'lint.entrustment-missing.title': '委托或下放事项缺少委托部门',
		'lint.entrustment-missing.description':
			'权力来源为委托或下放、或实施主体为受委托组织时，应写明委托（下放）部门及依据。',
		'lint.entrustment-missing.message': '{cause}，但未写明委托部门',
		'lint.entrustment-missing.cause.powerSource': '权力来源为“{value}”',
		'lint.entrustment-missing.cause.nature': '实施主体性质为“受委托组织”',
		'lint.entrustment-missing.fix': '填写委托部门、受托组织及委托依据',

		'lint.area-code-mismatch.title': '乡镇、村居代码不一致',
		'lint.area-code-mismatch.description':
			'乡镇代码是以 000 结尾的 12 位区划代码；村居代码的前 9 位应与所属乡镇代码相同。',
		'lint.area-code-mismatch.notTown': '乡镇代码 {code} 不是乡镇一级的区划代码（应以 000 结尾）',
		'lint.area-code-mismatch.outside': '村居代码 {village} 不属于乡镇 {town}',
		'lint.area-code-mismatch.fix': '核对统计用区划代码',

		'lint.handling-item-code-mismatch.title': '业务办理项编码与基本编码不符',
		'lint.handling-item-code-mismatch.description':
			'业务办理项编码由事项的 12 位基本编码加两位顺序号组成。',
		'lint.handling-item-code-mismatch.message':
			'业务办理项编码 {code} 不是基本编码 {catalog} 加两位数字',
		'lint.handling-item-code-mismatch.messageNoCatalog':
			'业务办理项编码 {code} 不是 12 位基本编码加两位数字',
		'lint.handling-item-code-mismatch.fix': '以基本编码加两位顺序号填写业务办理项编码',

		'lint.self-service-contradicts-channels.title': '自助终端与办理形式不一致',
		'lint.self-service-contradicts-channels.description':
			'“支持自助终端”应与办理形式中的“自助终端”一致，否则办事指南前后矛盾。',
		'lint.self-service-contradicts-channels.noChannel':
			'标明支持自助终端，但办理形式中没有“自助终端”',
		'lint.self-service-contradicts-channels.noFlag': '办理形式中有“自助终端”，但标明不支持自助终端',
		'lint.self-service-contradicts-channels.fix': '使“支持自助终端”与办理形式一致'
	},
	{
		'lint.licensing-at-village.title': 'Licensing exercised at village level',
		'lint.licensing-at-village.description':
			'Villages and communities are self-governing bodies, not administrative authorities: a licensing item cannot be exercised at village level.',
		'lint.licensing-at-village.message':
			'The licensing item lists "village / community" among its levels',
		'lint.licensing-at-village.fix':
			'Remove the village level; a town or county department implements it, and the village may only handle it on behalf',

		'lint.process-incomplete.title': 'Process does not run from acceptance to conclusion',
		'lint.process-incomplete.description':
			'The process should begin with acceptance and end with a decision, conclusion or delivery, so applicants see the whole path.',
		'lint.process-incomplete.message': 'The process has no {missing} step',
		'lint.process-incomplete.step.accept': 'acceptance',
		'lint.process-incomplete.step.conclude': 'decision or conclusion',
		'lint.process-incomplete.fix': 'Add the {missing} step with its time limit',

		'lint.process-exceeds-promised.title': 'Step time limits add up to more than the promise',
		'lint.process-exceeds-promised.description':
			'The time limits of the process steps must not add up to more than the promised time limit; special procedures do not count.',
		'lint.process-exceeds-promised.message':
			'The step time limits add up to {sum}, more than the promised {promised}',
		'lint.process-exceeds-promised.fix': 'Shorten the steps so they add up to at most {promised}',

		'lint.cancel-date-missing.title': 'Cancelled item without a planned cancel date',
		'lint.cancel-date-missing.description':
			'A cancelled item states its planned cancel date so portals can tell applicants ahead and the list changes on time.',
		'lint.cancel-date-missing.message':
			'The item is marked cancelled but has no planned cancel date',
		'lint.cancel-date-missing.fix': 'Enter the planned cancel date (YYYY-MM-DD)',

		'lint.intermediary-fee-basis-missing.title':
			'Required intermediary service without a fee basis',
		'lint.intermediary-fee-basis-missing.description':
			'An intermediary service applicants must obtain states the basis of its fee (or that it is free); applicants cannot be charged for one without it.',
		'lint.intermediary-fee-basis-missing.message':
			'The required intermediary service "{name}" has no fee basis',
		'lint.intermediary-fee-basis-missing.fix': 'State the fee basis, or that the service is free',

		'lint.entrustment-missing.title':
			'Entrusted or delegated item without the entrusting department',
		'lint.entrustment-missing.description':
			'When the power is entrusted or delegated, or the implementing body is an entrusted organisation, the guide names the entrusting department and the basis.',
		'lint.entrustment-missing.message': '{cause}, but no entrusting department is given',
		'lint.entrustment-missing.cause.powerSource': 'The source of power is "{value}"',
		'lint.entrustment-missing.cause.nature': 'The implementing body is an entrusted organisation',
		'lint.entrustment-missing.fix':
			'Enter the entrusting department, the entrusted organisation and the basis',

		'lint.area-code-mismatch.title': 'Town and village codes disagree',
		'lint.area-code-mismatch.description':
			'A town code is a 12-digit division code ending in 000; a village code shares its first 9 digits with its town.',
		'lint.area-code-mismatch.notTown':
			'Town code {code} is not a town-level division code (it should end in 000)',
		'lint.area-code-mismatch.outside': 'Village code {village} does not lie in town {town}',
		'lint.area-code-mismatch.fix': 'Check the statistical division codes',

		'lint.handling-item-code-mismatch.title': 'Handling-item code does not match the base code',
		'lint.handling-item-code-mismatch.description':
			"A handling-item code is the item's 12-character base code followed by two digits.",
		'lint.handling-item-code-mismatch.message':
			'Handling-item code {code} is not base code {catalog} followed by two digits',
		'lint.handling-item-code-mismatch.messageNoCatalog':
			'Handling-item code {code} is not a 12-character base code followed by two digits',
		'lint.handling-item-code-mismatch.fix': 'Use the base code followed by a two-digit number',

		'lint.self-service-contradicts-channels.title':
			'Self-service kiosks disagree with the channels',
		'lint.self-service-contradicts-channels.description':
			'"Self-service kiosks" among the service options should agree with the self-service channel, or the guide contradicts itself.',
		'lint.self-service-contradicts-channels.noChannel':
			'Self-service kiosks are offered, but the channels do not include them',
		'lint.self-service-contradicts-channels.noFlag':
			'The channels include self-service kiosks, but the service options say they are not offered',
		'lint.self-service-contradicts-channels.fix': 'Make the service option agree with the channels'
	}
);
