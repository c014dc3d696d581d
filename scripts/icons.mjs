// Renders icons/icon.svg to the PNG sizes the manifest lists. Run after editing the SVG; the PNGs are
// committed so a build needs no native renderer.
import { readFile, writeFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';

const dir = new URL('../icons/', import.meta.url);
const svg = await readFile(new URL('icon.svg', dir));
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(new URL(`icon-${size}.png`, dir), png);
  console.log(`icons/icon-${size}.png ${png.length} bytes`);
}
