// Migrations are listed in code (not discovered on disk) so the bundled server and the CLI carry them.
import * as initial from './001_initial';
import * as workingRevisions from './005_working_revisions';

export interface Migration {
	name: string;
	up: string[];
}

export const migrations: Migration[] = [initial, workingRevisions];
