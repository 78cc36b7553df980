// Migrations are listed in code (not discovered on disk) so the bundled server and the CLI carry them.
import * as initial from './001_initial';
import * as calendar from './004_calendar';

export interface Migration {
	name: string;
	up: string[];
}

export const migrations: Migration[] = [initial, calendar];
