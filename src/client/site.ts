/**
 * Every page, as an enhancement (reading never needs it): offline support through the service worker, the
 * "save for offline" buttons, and a language switch that keeps the reader's step (#langkah-3 ↔ #step-3).
 */
import { nlmToday } from '../cite/nlm-day.ts';
import { headerMayStay, stepHashInOtherLanguage } from './site-logic.ts';

// Not on the dev server: only the build writes /sw.js, and asking for it there logs a 404 on every page.
if (!import.meta.env.DEV && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    // The offline copy of this page's language only, once the page is done and the phone idle; none to save data,
    // and not from the search page, which spends its first visit on the search files (the next page keeps it).
    if (!(navigator as { connection?: { saveData?: boolean } }).connection?.saveData && !document.querySelector('form.search')) {
      (self.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000)))(
        () => void navigator.serviceWorker.ready.then((r) => r.active?.postMessage({ keep: location.pathname.split('/')[1] })),
        { timeout: 5000 },
      );
    }
  });
}

// The danger-signs link stays in reach while reading: the header's menu row sticks to the top when it is small
// enough (on a phone the name above it scrolls away). Sticking moves nothing (no layout shift); anchors land below
// the menu through scroll-padding (--top in site.css).
const top = document.querySelector<HTMLElement>('.top');
const menu = top?.querySelector('nav');
if (top && menu) {
  const placeHeader = () => {
    const above = Math.max(0, Math.round(menu.getBoundingClientRect().top - top.getBoundingClientRect().top) - 8);
    const shown = top.offsetHeight - above;
    const stays = headerMayStay(shown, innerHeight);
    top.classList.toggle('stays', stays);
    top.style.setProperty('--above', `-${above}px`);
    document.documentElement.style.setProperty('--top', stays ? `${shown}px` : '0px');
  };
  placeHeader();
  addEventListener('resize', placeHeader);
}

const own = document.documentElement.dataset.stepAnchor;
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang][data-step-anchor]')) {
  link.addEventListener('click', () => {
    const url = new URL(link.href);
    url.hash = stepHashInOtherLanguage(location.hash, own, link.dataset.stepAnchor);
    link.href = url.href;
  });
}

// Files kept in their own cache survive new builds (the service worker refreshes them when online).
const SAVED = 'lancar-saved';
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-save-offline]')) {
  const url = button.dataset.saveOffline!;
  const done = () => {
    button.textContent = button.dataset.saved ?? '';
    button.disabled = true;
  };
  if (!('caches' in window) || !('serviceWorker' in navigator)) continue;
  button.hidden = false;
  void caches.open(SAVED).then(async (cache) => ((await cache.match(url)) ? done() : undefined));
  button.addEventListener('click', () => {
    void caches
      .open(SAVED)
      .then((cache) => cache.add(url))
      .then(done, () => {
        button.textContent = button.dataset.failed ?? '';
      });
  });
}

// "Cite this page": a static page cannot know the day it is read, so Vancouver's "[cited …]" gets the reader's today
// here; without JavaScript the "…" stays and the note under it says to write the day in.
for (const day of document.querySelectorAll<HTMLElement>('[data-cite-today]')) {
  day.textContent = nlmToday(day.dataset.citeToday!.split(' '));
  day.closest('dl')?.querySelector('.cite-note')?.remove();
}
