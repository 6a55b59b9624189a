/**
 * The pages of every language the service worker keeps when it installs (scripts/lib/service-worker.ts reads them
 * from src/pages/offline-core.json.ts): home, the procedure, guided mode and the danger signs, what a mother needs
 * with no signal; and search, one tap away in the header. The search page names the others when it cannot search.
 */
export const OFFLINE_KEYS = ['home', 'massage', 'guided', 'danger-signs', 'search'] as const;
