import type { Role } from '../db/schema';

/** The signed-in user as the services see it. */
export interface Actor {
	id: number;
	username: string;
	displayName: string;
	role: Role;
	departments: string[];
	demo: boolean;
}
