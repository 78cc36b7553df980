// Migrations are listed in code (not discovered on disk) so the bundled server and the CLI carry them.
import * as initial from './001_initial';
import * as publishedFacts from './002_published_facts';
import * as authoredText from './003_authored_text';
import * as calendar from './004_calendar';
import * as validatorModules from './004_validator_modules';
import * as workingRevisions from './005_working_revisions';
import * as reviewDesk from './006_review_desk';
import * as accounts from './007_accounts';
import * as revisionCheckpoints from './008_revision_checkpoints';
import * as scorecardFacts from './008_scorecard_facts';
import * as laws from './009_laws';
import * as onethings from './009_onethings';
import * as xlsxMappings from './010_xlsx_mappings';

export interface Migration {
	name: string;
	up: string[];
}

export const migrations: Migration[] = [
	initial,
	publishedFacts,
	authoredText,
	accounts,
	validatorModules,
	workingRevisions,
	reviewDesk,
	calendar,
	revisionCheckpoints,
	scorecardFacts,
	laws,
	onethings,
	xlsxMappings
];
