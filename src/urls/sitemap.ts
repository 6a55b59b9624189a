/**
 * /sitemap.xml: every content page of every language, each with its twins as hreflang alternates and x-default.
 * Written by hand rather than with @astrojs/sitemap: its i18n option pairs pages by the same path under each
 * language, and Lancar's twins have different slugs (/id/pijat-oksitosin/, /en/oxytocin-massage/); they are paired
 * by their `key` here.
 */
export interface SitemapPage {
  key: string;
  /** BCP 47 tag, for hreflang. */
  lang: string;
  path: string;
  /** YYYY-MM-DD: the page's `checked`. */
  lastmod: string;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(site: URL, pages: readonly SitemapPage[]): string {
  const abs = (path: string) => xmlText(new URL(path, site).href);
  const entries = pages.map((page) => {
    const twins = pages.filter((p) => p.key === page.key);
    return [
      '<url>',
      `<loc>${abs(page.path)}</loc>`,
      `<lastmod>${page.lastmod}</lastmod>`,
      ...twins.map((t) => `<xhtml:link rel="alternate" hreflang="${t.lang}" href="${abs(t.path)}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${abs('/')}"/>`,
      '</url>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
