// What scripts and other server-side callers need from the server.
export { connect, type Connection, type ConnectOptions } from './db/connect';
export { createServices, type Services } from './services';
export { seedDemo, DEMO_PASSWORD, type SeedResult } from './setup/demo';
export { ensureFirstAdmin } from './setup/first-admin';
export { exportPortal, type ExportOptions, type ExportResult } from './export';
export { createUser } from './services/users';
