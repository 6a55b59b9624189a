/**
 * A release build refuses the placeholder address, and nothing a build writes reads the clock: PDFs are dated by
 * the kit's release and the service worker's version is a digest of the output (tests/build/reproducible.test.ts
 * builds twice and compares every file).
 */
import { describe, expect, it } from 'vitest';
import { outputVersion } from '../../scripts/lib/service-worker.ts';
import { readRelease } from '../../src/cite/release.ts';
import { savePrintDocument } from '../../src/print/document.ts';
import { PDFDocument } from '../../src/print/pdf.ts';
import { toPrintShop } from '../../src/print/printshop.ts';
import { PLACEHOLDER_SITE, releaseMoment, siteAddressProblem } from '../../src/release/release-mode.ts';
import { ROOT } from '../helpers/paths.ts';

describe('the site address of a release', () => {
  it('is refused when unset, the placeholder, not a web address or not https, naming the setting and what to do', () => {
    for (const value of [undefined, '', '  ', PLACEHOLDER_SITE, `${PLACEHOLDER_SITE}/`, 'lancar.test', 'http://asi.example.id']) {
      const problem = siteAddressProblem(value);
      expect(problem?.file, String(value)).toContain('LANCAR_SITE_URL');
      expect(problem?.message).toContain('LANCAR_SITE_URL=https://');
    }
  });

  it('is accepted when it is a real https address', () => {
    expect(siteAddressProblem('https://asi.example.id')).toBeUndefined();
    expect(siteAddressProblem('https://lancar.test')).toBeUndefined();
  });
});

describe('the date of a build', () => {
  it('is the release day at midnight UTC', () => {
    expect(releaseMoment('2026-11-30').toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(() => releaseMoment('2026-02-30')).toThrow(/not a day/);
  });

  async function onePage(): Promise<PDFDocument> {
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]).drawText('Lancar');
    return doc;
  }

  it("stamps every PDF with the kit's release day, not the time it was made", async () => {
    const saved = await PDFDocument.load(await savePrintDocument(await onePage()), { updateMetadata: false });
    const day = readRelease(ROOT).day;
    expect(saved.getCreationDate()?.toISOString()).toBe(`${day}T00:00:00.000Z`);
    expect(saved.getModificationDate()?.toISOString()).toBe(`${day}T00:00:00.000Z`);
  });

  it('gives the same bytes for the same document made twice, print-shop sheet and its file identifier included', async () => {
    const [first, second] = [await savePrintDocument(await onePage()), await savePrintDocument(await onePage())];
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const [sheetA, sheetB] = [await toPrintShop(first), await toPrintShop(second)];
    expect(Buffer.from(sheetB).equals(Buffer.from(sheetA))).toBe(true);
    expect(new TextDecoder('latin1').decode(sheetA)).toMatch(/\/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]/i);
  });
});

describe("the service worker's version", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const files = [
    { path: 'id/index.html', bytes: bytes('<h1>ASI</h1>') },
    { path: 'id/leaflet.pdf', bytes: bytes('%PDF-1.7') },
  ];

  it('depends on the files, not on the order they were listed in', () => {
    expect(outputVersion([...files].reverse(), 'code')).toBe(outputVersion(files, 'code'));
  });

  it('changes when a file, a path or the worker changes', () => {
    const version = outputVersion(files, 'code');
    expect(outputVersion([files[0]!, { ...files[1]!, bytes: bytes('%PDF-1.4') }], 'code')).not.toBe(version);
    expect(outputVersion([files[0]!, { ...files[1]!, path: 'en/leaflet.pdf' }], 'code')).not.toBe(version);
    expect(outputVersion(files, 'code 2')).not.toBe(version);
    // A byte moved from one file's end to the next file's start is a different output.
    expect(
      outputVersion(
        [
          { path: 'a', bytes: bytes('xy') },
          { path: 'b', bytes: bytes('z') },
        ],
        'c',
      ),
    ).not.toBe(
      outputVersion(
        [
          { path: 'a', bytes: bytes('x') },
          { path: 'b', bytes: bytes('yz') },
        ],
        'c',
      ),
    );
  });
});
