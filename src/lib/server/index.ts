// What scripts and other server-side callers need from the registry server.
export { openRegistry, type Registry, type RegistryOptions } from './registry';
export { seedDemo, DEMO_PASSWORD, type SeedResult } from './setup/demo';
export { ensureFirstAdmin } from './setup/first-admin';
export { exportPortal, type ExportOptions, type ExportResult } from './export';
export { createUser } from './registry/users';
