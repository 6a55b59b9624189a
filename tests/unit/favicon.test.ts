import { describe, expect, it } from 'vitest';
import { FAVICON_HREF, svgDataUrl } from '../../src/app/favicon.ts';

describe('the favicon written into each page', () => {
  it('is the SVG as a data: address, with only what a URL must not hold raw escaped', () => {
    expect(svgDataUrl('<svg viewBox="0 0 2 2">\n  <path fill="#9c1d5c" d="M0 0h2"/></svg>')).toBe(
      "data:image/svg+xml,%3Csvg viewBox='0 0 2 2'%3E %3Cpath fill='%239c1d5c' d='M0 0h2'/%3E%3C/svg%3E",
    );
  });

  it('is public/favicon.svg and decodes back to it', () => {
    expect(FAVICON_HREF.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(FAVICON_HREF.slice('data:image/svg+xml,'.length))).toContain("<path d='M16 3C11");
    expect(FAVICON_HREF.length).toBeLessThan(400);
  });
});
