// The sentences of the group differs as one catalog, for the Sink they all write into.
import { mergeCatalogs } from '../../i18n';
import { formDiffMessages } from './form';
import { guideDiffMessages } from './guide';
import { identityDiffMessages } from './identity';
import { materialDiffMessages } from './materials';
import { nationalDiffMessages } from './national';

export const diffMessages = mergeCatalogs(
	identityDiffMessages,
	guideDiffMessages,
	materialDiffMessages,
	formDiffMessages,
	nationalDiffMessages
);

export type DiffKey = keyof (typeof diffMessages)['zh-CN'] & string;
