// `npm run package`: store-ready zips of both builds in artifacts/packages, after `web-ext lint` on the
// Firefox build (0 errors required). Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}artifacts/packages`;
mkdirSync(out, { recursive: true });
const { version } = JSON.parse(readFileSync(`${root}manifest.json`, 'utf8'));
const webExt = `${root}node_modules/.bin/web-ext`;

for (const target of ['chrome', 'firefox']) {
  const dir = `${root}dist/${target}`;
  if (!existsSync(`${dir}/manifest.json`)) throw new Error(`dist/${target} is missing: run npm run build`);
}
const lint = JSON.parse(
  execFileSync(webExt, ['lint', '--source-dir', `${root}dist/firefox`, '--output', 'json', '--no-input'], { encoding: 'utf8' }),
);
const { errors, warnings } = lint.summary;
console.log(`web-ext lint (firefox): ${errors} errors, ${warnings} warnings`);
for (const w of [...lint.errors, ...lint.warnings]) console.log(`  ${w._type}: ${w.code} ${w.file ?? ''} ${w.message}`);
if (errors > 0) process.exit(1);

for (const target of ['chrome', 'firefox']) {
  const filename = `clearfolio-${target}-${version}.zip`;
  execFileSync(
    webExt,
    ['build', '--source-dir', `${root}dist/${target}`, '--artifacts-dir', out, '--filename', filename, '--overwrite-dest', '--no-input'],
    { stdio: 'inherit' },
  );
}
