// Migrations are listed in code (not discovered on disk) so the bundled server and the CLI carry them.
import * as initial from './001_initial';
import * as reviewDesk from './006_review_desk';

export interface Migration {
	name: string;
	up: string[];
}

export const migrations: Migration[] = [initial, reviewDesk];
