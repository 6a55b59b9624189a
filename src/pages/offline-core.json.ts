/**
 * Build-time only (scripts/build.ts reads it, then deletes it): the pages of every language that must work offline
 * after the first visit. The build adds what they load (drawings, scripts) and writes the service worker from it.
 */
import type { APIRoute } from 'astro';
import { contentOfLocale, hrefOfKey, loadContent } from '../content/index.ts';
import { OFFLINE_KEYS } from '../urls/offline.ts';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const pages = ['/'];
  for (const locale of content.locales) {
    const lc = contentOfLocale(content, locale);
    for (const key of OFFLINE_KEYS) if (lc.pages.some((p) => p.data.key === key)) pages.push(hrefOfKey(lc, key));
  }
  return new Response(JSON.stringify({ pages }), { headers: { 'Content-Type': 'application/json' } });
};
