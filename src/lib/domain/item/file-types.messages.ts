// Names of the accepted file type choices, with the extensions they stand for.
import { defineMessages } from '../i18n';

export const fileTypeMessages = defineMessages(
	{
		'item.fileType.pdf': 'PDF',
		'item.fileType.image': '图片（JPG、PNG）',
		'item.fileType.word': 'Word（DOC、DOCX）',
		'item.fileType.archive': '压缩包（ZIP、RAR、7Z）',
		'item.fileType.ofd': 'OFD 版式文档'
	},
	{
		'item.fileType.pdf': 'PDF',
		'item.fileType.image': 'Images (JPG, PNG)',
		'item.fileType.word': 'Word (DOC, DOCX)',
		'item.fileType.archive': 'Archives (ZIP, RAR, 7Z)',
		'item.fileType.ofd': 'OFD fixed-layout document'
	}
);
