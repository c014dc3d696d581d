#!/usr/bin/env node
// The package's `bin`: runs the TypeScript CLI through tsx so a checkout works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
