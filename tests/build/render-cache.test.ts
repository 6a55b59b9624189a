/**
 * The render cache on real builds of one project copy: a rebuild with nothing changed draws nothing; an edit
 * redraws exactly the files that show what was edited (read back from the PDFs' text); a drawing, a string, the
 * site address and a font reach what uses them; and the cache off gives the very same bytes as the cache on.
 * Every file drawn is logged (LANCAR_RENDER_LOG) as [kind, key]. Eight builds, a few minutes on this machine.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, edit, projectCopy, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

const BUILD = 600_000;

interface PrintKey {
  locale: string;
  kind: string;
  name: string;
}
type Drawn = [kind: string, key: unknown];

const dir = projectCopy();
const log = join(dir, 'drawn.log');
const dist = join(dir, 'dist');

/** A build of the copy that must pass; what it drew, by kind. */
function buildAndLog(args: string[] = [], env: Record<string, string> = {}) {
  rmSync(log, { force: true });
  const { status, out } = build(dir, args, { LANCAR_RENDER_LOG: log, ...env });
  expect(status, out).toBe(0);
  const drawn: Drawn[] = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Drawn)
    : [];
  const of = (kind: string) => drawn.filter(([k]) => k === kind).map(([, key]) => key);
  const pdfs = (of('print') as PrintKey[]).map((f) => `${f.locale}/${f.name}.pdf`).sort();
  return { out, drawn, of, pdfs };
}

/** Every file under dist/, by path, as bytes. */
function distFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dist, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

const allPdfs = () => [...distFiles().keys()].filter((path) => path.endsWith('.pdf')).sort();
const textOf = (path: string) => execFileSync('pdftotext', [join(dist, path), '-'], { encoding: 'utf8' });
/** The PDFs whose text shows `marker`: the files an edit bringing it in must redraw, and no others. */
const pdfsShowing = (marker: string) => allPdfs().filter((path) => textOf(path).includes(marker));

describe('the render cache across builds', () => {
  let clean: ReturnType<typeof buildAndLog>;
  let cleanFiles: Map<string, Buffer>;

  it(
    'draws every file once on a clean build, and nothing on a rebuild with nothing changed',
    () => {
      clean = buildAndLog();
      cleanFiles = distFiles();
      expect(clean.pdfs).toEqual(allPdfs());
      expect(clean.of('og').length).toBeGreaterThan(30);
      expect(clean.of('share').length).toBe(14);
      expect(clean.out).toContain(`Renders: ${clean.drawn.length} rendered`);

      const again = buildAndLog();
      expect(again.drawn, 'nothing changed, nothing drawn').toEqual([]);
      expect(again.out).toMatch(/Renders: 0 rendered, [1-9]\d* from cache/);
      const files = distFiles();
      expect([...files.keys()].sort()).toEqual([...cleanFiles.keys()].sort());
      for (const [path, bytes] of files) expect(bytes.equals(cleanFiles.get(path)!), path).toBe(true);
    },
    BUILD,
  );

  it(
    'redraws exactly the files that show a step’s edited text, and gives the bytes a build without the cache gives',
    () => {
      edit(dir, 'content/id/steps/03.yaml', (text) => text.replace('tulang pipih', 'tulang pipihku'));
      const stepEdit = buildAndLog();
      const showing = pdfsShowing('pipihku');
      expect(showing.length, 'the booklet and flipcharts show a step’s whole text').toBeGreaterThan(2);
      expect(stepEdit.pdfs).toEqual(showing);
      // Link cards show page titles, and the other steps' pictures other steps.
      expect(stepEdit.of('og')).toEqual([]);
      expect(stepEdit.of('share').filter((key) => JSON.stringify(key) !== JSON.stringify(['id', 'langkah-3']))).toEqual([]);

      const cached = distFiles();
      const off = buildAndLog(['--no-cache']);
      expect(off.pdfs, 'the cache off draws everything').toEqual(allPdfs());
      expect(existsSync(join(dir, '.build/cache-off')), 'and keeps nothing').toBe(false);
      const files = distFiles();
      expect([...files.keys()].sort()).toEqual([...cached.keys()].sort());
      for (const [path, bytes] of files) expect(bytes.equals(cached.get(path)!), `${path}: the same with the cache off`).toBe(true);
    },
    BUILD,
  );

  it(
    'redraws exactly the files that print an edited string',
    () => {
      edit(dir, 'content/id/ui.yaml', (text) => text.replace('  sheetFront: depan\n', '  sheetFront: depanku\n'));
      const stringEdit = buildAndLog();
      const showing = pdfsShowing('depanku');
      expect(showing.length, 'the imposed booklets label their sheets').toBeGreaterThan(0);
      expect(stringEdit.pdfs).toEqual(showing);
      expect([...stringEdit.of('og'), ...stringEdit.of('share'), ...stringEdit.of('slide')]).toEqual([]);
    },
    BUILD,
  );

  it(
    'redraws what draws an edited drawing, and nothing that does not',
    () => {
      const mark = '<circle cx="100" cy="80" r="3" fill="#b4236b"/>';
      edit(dir, 'content/illustrations/landmarks.svg', (text) => text.replace(/<\/svg>\s*$/, `${mark}</svg>\n`));
      const drawingEdit = buildAndLog();
      // The drawing is step 3's in both languages, and a slide of its own in each.
      expect(
        drawingEdit
          .of('share')
          .map((key) => JSON.stringify(key))
          .sort(),
      ).toEqual([JSON.stringify(['en', 'step-3']), JSON.stringify(['id', 'langkah-3'])]);
      expect(
        drawingEdit
          .of('slide')
          .map((key) => JSON.stringify(key))
          .sort(),
      ).toEqual([JSON.stringify(['en', 'landmarks']), JSON.stringify(['id', 'landmarks'])]);
      expect(drawingEdit.pdfs).toContain('id/leaflet-pijat-oksitosin-a4.pdf');
      expect(drawingEdit.pdfs).toContain('en/oxytocin-massage-booklet-a5.pdf');
      expect(
        drawingEdit.pdfs.filter((path) => /milk-log|catatan-asi|attendance|daftar-hadir|score|nilai|answer|kunci/.test(path)),
        'forms do not draw it',
      ).toEqual([]);
    },
    BUILD,
  );

  it(
    'redraws what carries the site address when it changes, and not the link cards',
    () => {
      const moved = buildAndLog([], { LANCAR_SITE_URL: 'https://asi.contoh.id' });
      expect(moved.of('og')).toEqual([]);
      expect(moved.of('share').length, 'each share picture prints its step’s address').toBe(14);
      expect(moved.pdfs).toEqual(pdfsShowing('asi.contoh.id'));
    },
    BUILD,
  );

  it(
    'redraws everything when a font changes',
    () => {
      // Bytes after a font's tables change no glyph, but they are a different font file all the same.
      const before = distFiles();
      appendFileSync(join(dir, 'src/print/fonts/AtkinsonHyperlegible-Bold.ttf'), Buffer.alloc(4));
      const font = buildAndLog([], { LANCAR_SITE_URL: 'https://asi.contoh.id' });
      expect(font.pdfs).toEqual(allPdfs());
      for (const kind of ['og', 'share', 'slide']) expect(font.of(kind).length, kind).toBe(clean.of(kind).length);
      // Thumbnails and fill-in manifests are made from a PDF's bytes: they follow only the PDFs that came out
      // different (these bytes after the font's tables change no glyph, so the subsets, and the PDFs, stay the same).
      const after = distFiles();
      const changed = allPdfs().filter((path) => !after.get(path)!.equals(before.get(path)!));
      expect(font.of('thumbnail').length).toBeLessThanOrEqual(changed.length);
    },
    BUILD,
  );
});
