/**
 * `npm run bench`: times and sizes that tests never assert. Renders every leaflet with the pure renderer
 * (no Astro) several times, then reports the built pages' compressed sizes from dist/ (run `npm run build` first).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { loadPrintAssets } from '../src/print/assets.ts';
import { renderLeaflet } from '../src/print/leaflet.ts';
import { walk } from './lib/output.ts';
import { locales, readLocale, readReferences } from '../tests/helpers/content.ts';

const ROUNDS = 5;
const assets = loadPrintAssets();
const references = readReferences();

console.log(`Leaflet render (pure renderer, ${ROUNDS} rounds, every language):`);
for (const locale of locales()) {
  const content = readLocale(locale);
  const input = { ...content, references, url: `https://lancar.example.org/${locale}/` };
  await renderLeaflet(input, assets); // warm-up: satori's layout engine and the fonts load once
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    bytes = (await renderLeaflet(input, assets)).byteLength;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${locale}: median ${times[Math.floor(ROUNDS / 2)]!.toFixed(0)} ms, ${(bytes / 1024).toFixed(1)} KB`);
}

const dist = join(process.cwd(), 'dist');
if (!existsSync(dist)) {
  console.log('\nNo dist/: run `npm run build` for page sizes.');
} else {
  console.log('\nPages (HTML with inlined CSS), brotli-compressed:');
  for (const file of walk(dist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).sort()) {
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
    console.log(`  /${relative(dist, file).replace(/index\.html$/, '')}: ${(raw.byteLength / 1024).toFixed(1)} KB raw, ${(br / 1024).toFixed(1)} KB brotli`);
  }
  const pdfs = walk(dist).filter((f) => f.endsWith('.pdf'));
  for (const pdf of pdfs) console.log(`  /${relative(dist, pdf)}: ${(statSync(pdf).size / 1024).toFixed(1)} KB`);
}
