/** What a build produced, for the progress lines: pages per language and each PDF with its size. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below a folder. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every page below `dist` through `change`, written back where it changed: the pages changed and the bytes saved. */
export function rewritePages(dist: string, change: (html: string) => string): { pages: number; saved: number } {
  let pages = 0;
  let saved = 0;
  for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const changed = change(html);
    if (changed === html) continue;
    writeFileSync(file, changed);
    pages += 1;
    saved += Buffer.byteLength(html) - Buffer.byteLength(changed);
  }
  return { pages, saved };
}

function pngRange(dir: string, files: string[]): string {
  const sizes = files.map((f) => statSync(join(dir, f)).size / 1024);
  return `${Math.min(...sizes).toFixed(0)}–${Math.max(...sizes).toFixed(0)} KB each`;
}

export function summariseOutput(dir: string): { pages: number; pdfs: number; lines: string[] } {
  const files = walk(dir).map((file) => relative(dir, file));
  // Redirect pages (short links, moved addresses, addresses without a language) are not pages a reader reads.
  const isRedirect = (f: string) => readFileSync(join(dir, f), 'utf8').includes('http-equiv="refresh"');
  const all = files.filter((f) => f.endsWith('.html'));
  const html = all.filter((f) => !isRedirect(f));
  const redirects = all.length - html.length;
  const pdfs = files.filter((f) => f.endsWith('.pdf')).sort();
  const pngs = files.filter((f) => /\/share\/.+\.png$/.test(f));
  const perLanguage = new Map<string, number>();
  for (const page of html) {
    const language = page.includes('/') ? page.split('/')[0]! : '/';
    perLanguage.set(language, (perLanguage.get(language) ?? 0) + 1);
  }
  const kb = (file: string) => `${(statSync(join(dir, file)).size / 1024).toFixed(0)} KB`;
  return {
    pages: html.length,
    pdfs: pdfs.length,
    lines: [
      `${html.length} pages (${[...perLanguage].map(([lang, n]) => `${lang}: ${n}`).join(', ')}) and ${redirects} redirect pages`,
      ...pdfs.map((pdf) => `${pdf} (${kb(pdf)})`),
      ...(pngs.length > 0 ? [`${pngs.length} share images (${pngRange(dir, pngs)})`] : []),
    ],
  };
}
