/**
 * The short links printed under the QR codes: each one in content/short-links.yaml is a page in dist/ that sends
 * the reader, without JavaScript, to a page that exists, and names that page as canonical.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shortLinkPath } from '../../src/content/short-links.ts';
import { fileFor, page } from '../helpers/html.ts';
import { readLocale } from '../helpers/content.ts';

const links = ['id', 'en'].flatMap((locale) => readLocale(locale).shortLinks);

describe.each(links)('/s/$code/', (link) => {
  it('redirects, with no script, to the page it stands for, which exists', () => {
    const html = page(shortLinkPath(link.code));
    const refresh = html.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')!;
    const [, target] = /^0;\s*url=(.+)$/.exec(refresh)!;
    const slug = readLocale(link.locale).pages.find((p) => p.data.key === link.page)!.data.slug;
    expect(target).toBe(`/${link.locale}/${slug ? `${slug}/` : ''}${link.anchor ? `#${link.anchor}` : ''}`);
    expect(existsSync(fileFor(target!.replace(/#.*$/, '')))).toBe(true);
    expect(html.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+${target!.replace(/#.*$/, '')}$`));
    // A visible link for a browser that does not follow the refresh, and nothing that needs JavaScript.
    expect(html.querySelector(`a[href="${target}"]`)).not.toBeNull();
    expect(html.querySelectorAll('script')).toHaveLength(0);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(readLocale(link.locale).ui.locale.lang);
    // Pasted into WhatsApp, it shows the preview of the page it opens (the app's crawler does not follow the refresh).
    const destination = page(target!.replace(/#.*$/, ''));
    const og = (doc: typeof html, name: string) => doc.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
    for (const name of ['og:title', 'og:description', 'og:image', 'og:url']) expect(og(html, name), name).toBe(og(destination, name));
  });
});
