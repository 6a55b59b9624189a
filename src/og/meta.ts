/**
 * What a page's <head> needs for its link preview: where its Open Graph image lives, its size, and the
 * Open Graph locale. Light on purpose (no satori, no sharp): the layout imports it on every page.
 */

/** The image WhatsApp, Facebook and X show large: 1.91:1. */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

/** The most an Open Graph image may weigh (the site's budget); WhatsApp drops previews of heavy images. */
export const OG_IMAGE_MAX_BYTES = 100 * 1024;

/**
 * A page's path → its image: /id/pijat-oksitosin/ → /og/id/pijat-oksitosin.png, and a language's home page
 * /id/ → /og/id/index.png. One file per page per language, named like the page, so it is easy to find.
 */
export function ogImagePath(pagePath: string): string {
  const parts = pagePath.split('/').filter(Boolean);
  return `/og/${parts.length === 1 ? `${parts[0]}/index` : parts.join('/')}.png`;
}

/** Open Graph wants language_TERRITORY. The region each language is read in, where it is not Indonesia. */
const REGION: Record<string, string> = { en: 'US' };

/** "id" → "id_ID", "en" → "en_US", "pt-BR" → "pt_BR"; another language of Indonesia (jv, su…) → "jv_ID". */
export function ogLocale(lang: string): string {
  const [language, region] = lang.split('-');
  return `${language}_${region ?? REGION[language!] ?? 'ID'}`;
}
