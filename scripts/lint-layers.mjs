// Checks the layers in .dependency-cruiser.cjs (see docs/architecture.md). Uses dependency-cruiser's API rather
// than its CLI because the CLI refuses to start on Node 20, which this project supports (package.json engines).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs');
const tsConfig = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'));

const result = await cruise(
  ['src', 'scripts', 'bench', 'tests', 'vite.config.ts'],
  { ...config.options, ruleSet: config, validate: true, outputType: 'err' },
  undefined,
  { tsConfig },
);
process.stdout.write(String(result.output));
process.exitCode = result.exitCode;
