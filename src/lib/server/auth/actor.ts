import type { Role } from '../../domain/workflow';

/** The signed-in user as the services see it. */
export interface Actor {
	id: number;
	username: string;
	displayName: string;
	role: Role;
	departments: string[];
	demo: boolean;
}
