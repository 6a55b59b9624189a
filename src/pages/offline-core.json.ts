/**
 * Build-time only (scripts/build.ts reads it, then deletes it): the pages of every language that must work offline
 * after the first visit. The build adds what they load (drawings, scripts) and writes the service worker from it.
 */
import type { APIRoute } from 'astro';
import { contentOfLocale, hrefOfKey, loadContent } from '../content/index.ts';

/** Home, the procedure, guided mode and the danger signs: what a mother needs with no signal; and search, one tap away in the header. */
const OFFLINE_KEYS = ['home', 'massage', 'guided', 'danger-signs', 'search'];

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const pages = ['/'];
  for (const locale of content.locales) {
    const lc = contentOfLocale(content, locale);
    for (const key of OFFLINE_KEYS) if (lc.pages.some((p) => p.data.key === key)) pages.push(hrefOfKey(lc, key));
  }
  return new Response(JSON.stringify({ pages }), { headers: { 'Content-Type': 'application/json' } });
};
