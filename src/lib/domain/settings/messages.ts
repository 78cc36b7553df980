// Why a settings document was refused, and the words for a newly blocked item.
import { defineMessages } from '../i18n';

export const settingsMessages = defineMessages(
	{
		'settings.notObject': '设置必须是一个 JSON 对象',
		'settings.unknownKey': '未知的设置项“{key}”',
		'settings.notBoolean': '“{key}”必须是 true 或 false',
		'settings.notInteger': '“{key}”必须是 {min} 到 {max} 之间的整数',
		'settings.badZone': '“{value}”不是有效的 IANA 时区（例如 Asia/Shanghai）',
		'settings.unknownClass': '未知的风险等级“{key}”',
		'settings.missingClass': '缺少风险等级“{key}”的容缺政策',
		'settings.maxMissingWithoutTolerance': '风险等级“{key}”不允许容缺受理时，最多可缺材料数必须为 0'
	},
	{
		'settings.notObject': 'Settings must be a JSON object',
		'settings.unknownKey': 'Unknown setting "{key}"',
		'settings.notBoolean': '"{key}" must be true or false',
		'settings.notInteger': '"{key}" must be a whole number from {min} to {max}',
		'settings.badZone': '"{value}" is not an IANA time zone (for example Asia/Shanghai)',
		'settings.unknownClass': 'Unknown risk class "{key}"',
		'settings.missingClass': 'The tolerance policy for risk class "{key}" is missing',
		'settings.maxMissingWithoutTolerance':
			'Risk class "{key}" does not allow tolerance, so at most 0 materials may be missing'
	}
);
