/**
 * `npm run build`: the site, its search index and the PDFs, from content/ into dist/ — all or nothing.
 *
 * Astro builds into a staging folder, Pagefind indexes it, and only a complete result replaces dist/. Content
 * problems are printed as file, field and what to do; never as a stack trace.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describeFailure } from './lib/failure.ts';
import { rewritePages, summariseOutput } from './lib/output.ts';
import { keepShownStyles } from './lib/page-styles.ts';
import { writeHeaders } from './lib/headers.ts';
import { linkSearchPages, readEntry } from './lib/pagefind-files.ts';
import { withoutSearchTerms } from '../src/search/terms.ts';
import { writeServiceWorker } from './lib/service-worker.ts';
import { applyUrlContract } from './lib/urls.ts';
import { pageHref } from '../src/i18n/urls.ts';
import { drawFiles, renderCache, rendersLine } from './lib/renders.ts';

// No usage data leaves this machine (Astro's telemetry is opt-out).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// `--release` (npm run release): also refuse what must not be published (src/release/release-mode.ts).
const args = process.argv.slice(2);
const releasing = args.includes('--release');
// `--no-cache` (or LANCAR_RENDER_CACHE=off): every file drawn afresh, nothing kept for the next build.
const noCache = args.includes('--no-cache') || process.env.LANCAR_RENDER_CACHE === 'off';
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? process.cwd());
const dist = join(root, 'dist');
const staging = join(root, '.build', 'dist');
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (line: string) => process.stdout.write(`${line}\n`);
// Seconds per phase, printed last as one line that `npm run bench` reads ("Phases: content 0.4 s, astro 8.1 s, …").
const phases: [string, number][] = [];
let phaseStart = performance.now();
const endPhase = (name: string) => {
  const now = performance.now();
  phases.push([name, (now - phaseStart) / 1000]);
  phaseStart = now;
};

async function main(): Promise<void> {
  process.chdir(root);
  rmSync(staging, { recursive: true, force: true });
  say(`Lancar: building content/ into dist/${releasing ? ' (release)' : ''}`);

  // The content door first: a content problem is named in a second, before Astro starts (imported after chdir,
  // since the door finds content/ from the working folder).
  say('[1/6] Checking content…');
  const { loadContentFromDisk } = await import('../src/content/read-files.ts');
  const content = loadContentFromDisk(root);
  const { readRedirects, redirectProblems } = await import('../src/content/redirects.ts');
  const { ContentError } = await import('../src/content/errors.ts');
  const redirects = readRedirects(root);
  const { shortLinkPath } = await import('../src/content/short-links.ts');
  // Every page and short link is live: a redirect from one of them would be a page Astro writes twice.
  const livePaths = new Set(
    content.locales.flatMap((l) => {
      const { pages, shortLinks } = content.byLocale.get(l)!;
      return [...pages.map((p) => pageHref(l, p.data.slug)), ...shortLinks.map((link) => shortLinkPath(link.code))];
    }),
  );
  const redirectIssues = redirectProblems(redirects, livePaths);
  if (redirectIssues.length > 0) throw new ContentError(redirectIssues);
  say(`      ${content.locales.map((l) => `${l}: ${content.byLocale.get(l)!.pages.length} pages`).join(', ')}, ${content.references.size} references`);
  // The version lives in package.json; the kit's citation takes its date from CHANGELOG.md, so the two and
  // CITATION.cff must agree before anything is built.
  const { readRelease } = await import('../src/cite/release.ts');
  const release = readRelease(root);
  say(`      version ${release.version}, released ${release.day} (CHANGELOG.md, CITATION.cff)`);
  if (releasing) say(`      release for ${process.env.LANCAR_SITE_URL}`);

  endPhase('content');

  say('[2/6] Pictures and PDFs…');
  const cache = renderCache(root, noCache);
  const drawn = await drawFiles(content, cache);
  for (const line of drawn.lines) say(`      ${line}`);
  endPhase('renders');

  say('[3/6] Site pages (Astro)…');
  // What Astro draws itself (a file the workers could not) is counted apart: this process counted the probing.
  const { countsSince, renderCounts } = await import('../src/render/cached.ts');
  const beforeAstro = structuredClone(renderCounts());
  const { build } = await import('astro');
  // Astro's own log would repeat every error with a stack trace; this script reports instead.
  await build({ root, outDir: staging, logLevel: 'silent' });
  rmSync(join(staging, '.prerender'), { recursive: true, force: true });
  const output = summariseOutput(staging);
  for (const line of output.lines) say(`      ${line}`);
  const styles = rewritePages(staging, keepShownStyles);
  say(`      component styles a page does not show, left out: ${styles.pages} pages, ${(styles.saved / 1024).toFixed(1)} KB`);

  // Before anything reads the pages: an address that would break stops the build here (src/urls/contract.ts).
  endPhase('astro');

  say('[4/6] Addresses (content/published-urls.txt, redirects, 404 pages)…');
  const urls = applyUrlContract(staging, root, content, redirects, Boolean(process.env.CI));
  for (const line of urls.lines) say(`      ${line}`);

  endPhase('addresses');

  say('[5/6] Search index (Pagefind)…');
  // Smaller index chunks: a first search fetches the chunks its words are in, ~3 KB each, instead of the whole
  // ~50 KB index (budget: first search ≤ 100 KB, README "Budgets"). At 2000 a three-word query typed slowly fetched 106 KB. Pagefind reads this setting from the environment; it is marked
  // unstable, so a Pagefind upgrade must check it still applies (tests/browser/search.test.ts measures the bytes).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1500';
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: staging });
    const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
    const { entry } = readEntry(join(staging, 'pagefind'));
    const perLanguage = Object.entries(entry.languages).map(([lang, { page_count }]) => `${lang}: ${page_count}`);
    say(`      pages indexed per language: ${perLanguage.join(', ')}`);
  } finally {
    await pagefind.close();
  }
  // Indexed, so out of the pages readers download (src/search/terms.ts).
  say(`      search terms indexed and taken out of the pages: ${rewritePages(staging, withoutSearchTerms).pages}`);
  const searchPages = linkSearchPages(staging);
  say(`      search pages told their language's Pagefind files and page titles: ${searchPages.length}`);

  const worker = writeServiceWorker(staging, root);
  const perLocale = Object.entries(worker.precache).map(([locale, files]) => `${locale} ${files.length}`);
  say(`      service worker ${worker.version}: files kept for offline, the reader's language only: ${perLocale.join(', ')}`);
  // Last, once every page is final: the policy holds the hashes of the pages' inline code (src/hosting/headers.ts).
  for (const line of writeHeaders(staging)) say(`      ${line}`);

  endPhase('search');

  say('[6/6] Replacing dist/…');
  const previous = join(root, '.build', 'dist-previous');
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(staging, dist);
  rmSync(previous, { recursive: true, force: true });
  urls.commit();
  const kept = cache.finish();
  if (kept) say(`      render cache: ${kept}`);
  endPhase('finish');
  say(await rendersLine(drawn.counts, countsSince(beforeAstro)));
  say(`Phases: ${phases.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')}`);
  say(`Done in ${seconds()}: ${relative(process.cwd(), dist) || 'dist'}/ holds ${output.pages} pages and ${output.pdfs} PDFs.`);
}

// A release for the placeholder address is refused before anything starts: a setting to change, not a content file.
const refusal = releasing ? (await import('../src/release/release-mode.ts')).siteAddressProblem(process.env.LANCAR_SITE_URL) : undefined;
if (refusal) {
  process.stderr.write(`Release stopped; dist/ was left as it was.\n\n${refusal.file}\n  ${refusal.message}\n`);
  process.exit(1);
}

try {
  await main();
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  if (noCache) rmSync(join(root, '.build', 'cache-off'), { recursive: true, force: true });
  process.stderr.write(`\nBuild stopped after ${seconds()}; dist/ was left as it was.\n\n${describeFailure(error, root)}\n`);
  process.exitCode = 1;
}
