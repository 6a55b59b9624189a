/**
 * What a phone keeps for offline reading, per language: home, the procedure, guided mode and the danger signs (what
 * a mother needs with no signal) and the language's offline page, which the service worker shows in place of a page
 * it never kept. Only the language being read is kept (site.ts asks for it once the page has loaded and the phone
 * is idle), so a first visit fetches one language's copy, not every one. Not search: without its index, which only
 * a search fetches, the search page cannot search offline; a reader who has searched keeps it with what she fetched.
 */
export const OFFLINE_KEYS = ['home', 'massage', 'guided', 'danger-signs'] as const;

/** The build's list for the service worker (offline-core.json): per language, its kept pages and its offline page. */
export interface OfflineCore {
  /** Locale → the pages to keep, the offline page last. */
  pages: Record<string, string[]>;
  /** Locale → its offline page. */
  fallback: Record<string, string>;
}
