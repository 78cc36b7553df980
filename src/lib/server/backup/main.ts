// Entry point of `npm run admin -- export FILE | import FILE` (scripts/admin.js hands these here).
import { backupCommand } from './cli';

process.exitCode = await backupCommand(process.argv.slice(2));
