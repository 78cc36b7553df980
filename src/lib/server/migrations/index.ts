// Migrations are listed in code (not discovered on disk) so the bundled server and the CLI carry them.
import * as initial from './001_initial';
import * as accounts from './003_accounts';

export interface Migration {
	name: string;
	up: string[];
}

export const migrations: Migration[] = [initial, accounts];
