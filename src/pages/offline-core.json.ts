/**
 * Build-time only (scripts/build.ts reads it, then deletes it): per language, the pages that work offline once a
 * reader of that language has visited, and its offline page (src/offline/core.ts). The build adds what they load
 * (drawings, scripts) and writes the service worker from it.
 */
import type { APIRoute } from 'astro';
import { contentOfLocale, hrefOfKey, loadContent } from '../content/index.ts';
import { pageHref } from '../i18n/urls.ts';
import { OFFLINE_KEYS, type OfflineCore } from '../offline/core.ts';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const core: OfflineCore = { pages: {}, fallback: {} };
  for (const locale of content.locales) {
    const lc = contentOfLocale(content, locale);
    const fallback = pageHref(locale, lc.ui.app.offlineSlug);
    core.pages[locale] = [...OFFLINE_KEYS.filter((key) => lc.pages.some((p) => p.data.key === key)).map((key) => hrefOfKey(lc, key)), fallback];
    core.fallback[locale] = fallback;
  }
  return new Response(JSON.stringify(core), { headers: { 'Content-Type': 'application/json' } });
};
