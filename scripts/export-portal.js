#!/usr/bin/env node
// `npm run export:portal -- DIR`: writes the whole published registry as static files under DIR, at
// the same paths as the portal API, for a CDN or object store. See scripts/registry/export.ts.
import { runTs } from './registry/run-ts.js';

runTs('./export-cli.ts', process.argv.slice(2));
