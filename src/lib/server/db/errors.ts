/** PostgreSQL's unique_violation, as raised by both node-postgres and PGlite. */
export function isUniqueViolation(error: unknown): boolean {
	return (error as { code?: string } | null)?.code === '23505';
}
