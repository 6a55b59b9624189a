/**
 * `npm run bench`: times and sizes that tests never assert. Renders every print file of every language with the
 * pure renderers (no Astro): once as a whole, as the build does (budget: 15 s on this 2-core machine), then the
 * A4 leaflet several times for a stable median; then reports the built pages' compressed sizes from dist/, and,
 * served as a host would (brotli, caching), the query set's first-place share (tests/fixtures/search-queries.ts),
 * Lighthouse's mobile scores and the first search on a throttled phone.
 *
 * `--scale[=1,10,30]` instead builds throwaway copies with N times the pages, four times each (lib/bench-scale.ts);
 * `--first-search` adds the first search's bytes and time to results there (needs Chromium).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { loadPrintAssets } from '../src/print/assets.ts';
import { printFiles, renderPrintFile } from '../src/print/catalog.ts';
import { leafletInput, renderLeaflet } from '../src/print/leaflet.ts';
import { loadContentFromDisk } from '../src/content/read-files.ts';
import { printContentOf } from '../src/print/content.ts';
import { walk } from './lib/output.ts';
import { benchScale, scaleFactors } from './lib/bench-scale.ts';

let factors: number[] | undefined;
try {
  factors = scaleFactors(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (factors) {
  const firstSearch = process.argv.includes('--first-search') ? (await import('./lib/bench-first-search.ts')).firstSearchCost : undefined;
  process.exit(await benchScale(process.cwd(), factors, firstSearch));
}

const ROUNDS = 5;
const assets = loadPrintAssets();
// Through the content door, as the site reads it; the address only shapes the QR codes.
const kit = loadContentFromDisk();
const locales = () => kit.locales;
const readPrintContent = (locale: string) => printContentOf(kit.byLocale.get(locale)!, kit.references, new URL('https://lancar.example.org'));

{
  console.log('Every print file of every language, rendered one after another:');
  const perKind = new Map<string, { ms: number; files: number; bytes: number }>();
  const start = performance.now();
  for (const locale of locales()) {
    const content = readPrintContent(locale);
    for (const file of printFiles(locale, content.ui)) {
      const t = performance.now();
      const bytes = (await renderPrintFile(file, content, assets)).byteLength;
      const kind = perKind.get(file.kind) ?? { ms: 0, files: 0, bytes: 0 };
      perKind.set(file.kind, { ms: kind.ms + performance.now() - t, files: kind.files + 1, bytes: Math.max(kind.bytes, bytes) });
    }
  }
  const total = performance.now() - start;
  for (const [kind, { ms, files, bytes }] of perKind) {
    console.log(`  ${kind}: ${files} files, ${(ms / 1000).toFixed(2)} s, largest ${(bytes / 1024).toFixed(0)} KB`);
  }
  console.log(`  total: ${[...perKind.values()].reduce((n, k) => n + k.files, 0)} PDFs in ${(total / 1000).toFixed(1)} s (budget 15 s)\n`);
}

console.log(`Leaflet render (pure renderer, ${ROUNDS} rounds, every language):`);
for (const locale of locales()) {
  const input = leafletInput(readPrintContent(locale));
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
  for (const file of walk(dist)
    .filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'))
    .sort()) {
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
    console.log(`  /${relative(dist, file).replace(/index\.html$/, '')}: ${(raw.byteLength / 1024).toFixed(1)} KB raw, ${(br / 1024).toFixed(1)} KB brotli`);
  }
  const pdfs = walk(dist).filter((f) => f.endsWith('.pdf'));
  for (const pdf of pdfs) console.log(`  /${relative(dist, pdf)}: ${(statSync(pdf).size / 1024).toFixed(1)} KB`);
}

if (existsSync(dist)) {
  const { serveDist } = await import('../tests/helpers/serve.ts');
  const site = await serveDist(dist);
  try {
    console.log('\nQuery set (tests/fixtures/search-queries.ts), typed into the search page: the expected page ranked first');
    try {
      const { chromium } = await import('playwright-core');
      const { CHROMIUM_FLAGS, chromiumPath } = await import('./lib/chromium.ts');
      const { firstPlaceReport, rankQueries } = await import('./lib/search-queries.ts');
      const { SEARCH_QUERIES } = await import('../tests/fixtures/search-queries.ts');
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
      try {
        for (const line of firstPlaceReport(await rankQueries(browser, site.origin, kit, SEARCH_QUERIES))) console.log(line);
      } finally {
        await browser.close();
      }
    } catch (error) {
      console.log(`  Query set not run: ${error instanceof Error ? error.message : String(error)}`);
    }

    console.log('\nLighthouse, mobile (simulated slow 4G, 4× slower CPU), served with brotli (targets: 100 each, FCP ≤ 0.8 s, LCP ≤ 0.9 s):');
    try {
      const { formatLighthouse, runLighthouse } = await import('./lib/lighthouse.ts');
      for (const line of formatLighthouse(await runLighthouse(site.origin))) console.log(line);
    } catch (error) {
      // A bench that measures everything else is still worth having.
      console.log(`  Lighthouse did not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }

    console.log('\nFirst visit of each core page, its offline copy included (budget: ≤ 50 KB; headers once, as HTTP/2 sends them):');
    try {
      const { measureFirstVisits } = await import('./lib/first-visit.ts');
      const { keptPages } = await import('../src/offline/core.ts');
      const paths = locales().flatMap((locale) => keptPages(kit.byLocale.get(locale)!).map((p) => p.href));
      for (const visit of await measureFirstVisits(site.origin, paths)) {
        console.log(`  ${visit.path}: ${(visit.bytes / 1024).toFixed(1)} KB in ${visit.responses} responses`);
      }
    } catch (error) {
      console.log(`  First visits not measured: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }

    console.log('\nFirst search, fresh browser (no cache), typed as soon as the page is ready (targets: ≤ 100 KB, ≤ 2 s):');
    try {
      const { measureFirstSearch } = await import('./lib/first-search.ts');
      const { table } = await import('./lib/lighthouse.ts');
      const results = await measureFirstSearch(site.origin);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      const kinds = ['html', 'js', 'wasm', 'meta', 'index', 'fragments', 'other', 'offline'];
      const rows = results.map((r) => [
        `${r.path} "${r.query}"`,
        r.profile,
        `${(r.ready / 1000).toFixed(2)} s`,
        `${(r.firstResult / 1000).toFixed(2)} s`,
        `${(r.excerpts / 1000).toFixed(2)} s`,
        kb(r.bytes),
        kb(r.bodyBytes),
        String(r.requests),
        ...kinds.map((k) => (r.byKind[k] ? kb(r.byKind[k]) : '–')),
      ]);
      for (const line of table(['search', 'network', 'ready', 'results', 'excerpts', 'transfer', 'bodies', 'req', ...kinds], rows)) console.log(line);
      console.log('  ready, results (titles and links) and excerpts: from navigation start, median of 3. transfer: headers and');
      console.log('  compressed bodies of the search (req requests); offline: what the service worker fetched for offline use');
      console.log('  meanwhile, not in transfer.');
      console.log('  When the last file of each kind had arrived, from navigation start (last round):');
      for (const r of results) {
        const order = Object.entries(r.arrived).sort((x, y) => x[1] - y[1]);
        const steps = order.map(([k, ms]) => `${k} ${(ms / 1000).toFixed(2)}`);
        console.log(`    ${r.path}, ${r.profile}: ${steps.join(' → ')} s`);
      }
    } catch (error) {
      console.log(`  First search not measured: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  } finally {
    await site.close();
  }
}
