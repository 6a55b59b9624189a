/**
 * What a phone keeps for offline reading, per language: home, the procedure, guided mode and the danger signs (what
 * a mother needs with no signal) and the language's offline page, which the service worker shows in place of a page
 * it never kept. Only the language being read is kept (site.ts asks for it once the page has loaded and the phone
 * is idle), so a first visit fetches one language's copy, not every one. Not search: without its index, which only
 * a search fetches, the search page cannot search offline; a reader who has searched keeps it with what she fetched.
 */
import type { LocaleContent } from '../content/assemble.ts';
import { pageHref } from '../i18n/urls.ts';

export const OFFLINE_KEYS = ['home', 'massage', 'guided', 'danger-signs'] as const;

/** The kept pages of a language as links, for the offline page and the search page that cannot search offline. */
export const keptPages = (content: LocaleContent): { href: string; title: string }[] =>
  OFFLINE_KEYS.flatMap((key) => content.pages.filter((p) => p.data.key === key)).map((p) => ({
    href: pageHref(content.locale, p.data.slug),
    // The home page's own title is the site's long name; in a list of pages, "home" says what it is.
    title: p.data.key === 'home' ? content.ui.missing.home : p.data.title,
  }));

/** The build's list for the service worker (offline-core.json): per language, its kept pages and its offline page. */
export interface OfflineCore {
  /** Locale → the pages to keep, the offline page last. */
  pages: Record<string, string[]>;
  /** Locale → its offline page. */
  fallback: Record<string, string>;
}
