import { describe, expect, it } from 'vitest';
import { keepShownStyles } from '../../scripts/lib/page-styles.ts';

const page = (css: string, body: string) => `<html><head><style>${css}</style></head><body>${body}</body></html>`;
const css = [
  'body{margin:0}',
  '.g-panel[data-astro-cid-aaa]{position:sticky}',
  '.form[data-astro-cid-bbb],.form-note{color:red}',
  '@media (min-width:40rem){.g-panel[data-astro-cid-aaa]{bottom:0}.form[data-astro-cid-bbb]{gap:1rem}}',
  '@keyframes pulse{from{opacity:0}to{opacity:1}}',
].join('');

describe('each page keeps the component styles it shows', () => {
  it('drops the rules of components that are not on the page, and emptied @media blocks', () => {
    const out = keepShownStyles(page(css, '<div class="form" data-astro-cid-bbb></div>'));
    expect(out).not.toContain('data-astro-cid-aaa');
    expect(out).toContain('.form[data-astro-cid-bbb],.form-note{color:red}');
    expect(out).toContain('@media (min-width:40rem){.form[data-astro-cid-bbb]{gap:1rem}}');
    expect(out).toContain('body{margin:0}');
    expect(out).toContain('@keyframes pulse');
  });

  it('keeps a global selector of a rule whose scoped one goes', () => {
    const out = keepShownStyles(page(css, '<p class="form-note"></p>'));
    expect(out).toContain('.form-note{color:red}');
    expect(out).not.toContain('data-astro-cid');
  });

  it('does not count a scope named only inside the styles as shown', () => {
    expect(keepShownStyles(page('.x[data-astro-cid-aaa]{color:red}', '<p>text</p>'))).toBe('<html><head></head><body><p>text</p></body></html>');
  });

  it('leaves a page with nothing to drop byte for byte as it was', () => {
    const html = page(css, '<div data-astro-cid-aaa></div><div data-astro-cid-bbb></div>');
    expect(keepShownStyles(html)).toBe(html);
  });
});
