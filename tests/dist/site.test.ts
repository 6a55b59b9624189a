import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../helpers/content.ts';
import { fileFor, page } from '../helpers/html.ts';
import { distFile } from '../helpers/paths.ts';
import { CONTENT_LICENCE, formatDay, VERSION } from '../../src/content/trust.ts';
import { fill } from '../../src/i18n/strings.ts';

const locales = ['id', 'en'] as const;
const content = Object.fromEntries(locales.map((l) => [l, readLocale(l)]));
const pagePath = (locale: string, slug: string) => `/${locale}/${slug ? `${slug}/` : ''}`;
/** The 404 pages: the root one for both languages, and each language's own. */
const NOT_FOUND_PAGES = ['/404.html', ...locales.map((l) => `/${l}/404.html`)];
const allPages = locales.flatMap((locale) =>
  content[locale]!.pages.map((p) => ({ locale, key: p.data.key, path: pagePath(locale, p.data.slug), title: p.data.title })),
);

describe('the built site', () => {
  it.each(allPages)('has $path in its language, with its title and a description', ({ locale, path, title }) => {
    const html = page(path);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(locale);
    expect(html.querySelector('h1')!.text).toBe(title);
    expect(html.querySelector('meta[name="description"]')!.getAttribute('content')!.length).toBeGreaterThan(20);
  });

  it.each(allPages)('$path declares hreflang alternates that exist and point back', ({ path }) => {
    const links = page(path).querySelectorAll('link[rel="alternate"][hreflang]');
    const byLang = new Map(links.map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]));
    expect([...byLang.keys()].sort()).toEqual(['en', 'id', 'x-default']);
    for (const [lang, href] of byLang) {
      expect(existsSync(fileFor(href)), `${lang} → ${href}`).toBe(true);
      if (lang === 'x-default') continue;
      // Reciprocity: the twin lists this page as its alternate in this page's language.
      const twin = page(new URL(href).pathname);
      const back = twin.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => new URL(l.getAttribute('href')!).pathname);
      expect(back).toContain(path);
    }
  });

  it.each(allPages)('$path links to its twin in the other language', ({ locale, key, path }) => {
    const other = locale === 'id' ? 'en' : 'id';
    const twin = content[other]!.pages.find((p) => p.data.key === key)!;
    const switchLink = page(path).querySelector(`header a[hreflang="${other}"]`)!;
    expect(switchLink.getAttribute('href')).toBe(pagePath(other, twin.data.slug));
  });

  it.each(allPages)('$path needs no JavaScript to read: one small shared enhancement script, tools their own', ({ path, key }) => {
    // Data (the search page's list of titles) is not a script that runs.
    const scripts = page(path)
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/json');
    // Every page carries the same small script (offline support, saving the leaflet, keeping the step on a
    // language switch); only the tool pages add their own.
    const shared = scripts.filter((s) => s.text.includes('serviceWorker'));
    expect(shared.length).toBe(1);
    expect(Buffer.byteLength(shared[0]!.text)).toBeLessThan(2048);
    // The procedure's is the step pictures' share button (client/share-step.ts), kept small.
    const tools = ['search', 'contact-leaflet', 'guided', 'score-summary', 'massage'];
    expect(scripts.length - shared.length).toBe(tools.includes(key) ? 1 : 0);
    if (key === 'massage') {
      const own = scripts.find((s) => !s.text.includes('serviceWorker'))!.text;
      expect(brotliCompressSync(Buffer.from(own), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength).toBeLessThanOrEqual(400);
    }
  });

  it.each(allPages)('$path says when it was checked against its sources and by whom, the version and the licence', ({ locale, key, path }) => {
    const { ui, pages } = content[locale]!;
    const checked = pages.find((p) => p.data.key === key)!.data.checked;
    const trust = page(path).querySelector('footer .trust')!;
    expect(trust, 'no trust line in the footer').not.toBeNull();
    const text = trust.text.replace(/\s+/g, ' ');
    expect(text).toContain(fill(ui.trust.checked, { date: formatDay(ui.locale.lang, checked), who: ui.trust.checkedBy }));
    expect(text).toContain(ui.trust.clinicalReview);
    expect(text).toContain(fill(ui.trust.version, { version: VERSION }));
    expect(trust.querySelector(`a[rel~="license"]`)!.getAttribute('href')).toBe(CONTENT_LICENCE.url);
    const editorial = pages.find((p) => p.data.key === 'editorial')!;
    expect(page(path).querySelector('footer .trust-link a')!.getAttribute('href')).toBe(pagePath(locale, editorial.data.slug));
  });

  it.each(locales)('(%s) leads a reader from each topic page to the next on their own path, and back', (locale) => {
    const onPath = content[locale]!.pages.filter((p) => p.data.searchable && !['home', 'search', 'guided'].includes(p.data.key));
    for (const audience of ['mother', 'kader', 'lecturer']) {
      const path = onPath.filter((p) => p.data.audience === audience).map((p) => pagePath(locale, p.data.slug));
      expect(path.length, audience).toBeGreaterThan(1);
      path.forEach((here, i) => {
        const nav = page(here).querySelector('nav.pn');
        expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href'), `${here} previous`).toBe(path[i - 1]);
        expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href'), `${here} next`).toBe(path[i + 1]);
        expect(nav?.hasAttribute('data-pagefind-ignore'), here).toBe(true);
      });
    }
    const home = page(pagePath(locale, ''));
    expect(home.querySelector('nav.pn')).toBeNull();
  });

  it.each(allPages)('$path keeps only the component styles it shows', ({ path }) => {
    const html = readFileSync(fileFor(path), 'utf8');
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
    const markup = html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
    for (const scope of new Set(styles.match(/data-astro-cid-[a-z0-9]+/g) ?? [])) expect(markup, `${path}: ${scope}`).toContain(scope);
  });

  it('answers an unknown address with a 404 page in every language, Indonesian first, kept out of search engines', () => {
    const notFound = page('/404.html');
    expect(notFound.querySelectorAll('main [data-missing]').map((list) => list.getAttribute('lang'))).toEqual(['id', 'en']);
    const links = notFound.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const p of allPages) expect(links, p.path).toContain(p.path);
    expect(notFound.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
  });

  it('lets the reader choose a language at /', () => {
    const root = page('/');
    const links = root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/id/', '/en/']);
  });
});

describe('the massage procedure page', () => {
  it.each([
    ['id', '/id/pijat-oksitosin/', 'langkah'],
    ['en', '/en/oxytocin-massage/', 'step'],
  ])('(%s) gives every step a stable anchor, its title, drawing and alt text, in order', (locale, path, anchor) => {
    const html = page(path);
    const steps = content[locale]!.steps;
    const items = html.querySelectorAll('ol.steps > li');
    expect(items.map((li) => li.id)).toEqual(steps.map((s) => `${anchor}-${s.order}`));
    items.forEach((li, i) => {
      expect(li.querySelector('h3')!.text).toContain(steps[i]!.title);
      const img = li.querySelector('img')!;
      expect(img.getAttribute('src')).toBe(`/illustrations/${steps[i]!.illustration}.svg`);
      expect(img.getAttribute('alt')).toBe(steps[i]!.alt);
      expect(existsSync(distFile(img.getAttribute('src')!))).toBe(true);
    });
  });

  it.each(locales)('(%s) checks when not to massage before step 1: the safety check comes first in the page', (locale) => {
    const { procedure, ui } = content[locale]!;
    const massage = content[locale]!.pages.find((p) => p.data.key === 'massage')!;
    const html = page(pagePath(locale, massage.data.slug)).querySelector('article')!.toString();
    const check = html.indexOf('class="facts alert safety"');
    const step1 = html.indexOf(`id="${ui.strings.stepAnchor}-1"`);
    expect(check, 'no safety check on the page').toBeGreaterThan(-1);
    expect(check).toBeLessThan(step1);
    const section = page(pagePath(locale, massage.data.slug)).querySelector('section.safety')!;
    expect(section.querySelectorAll('li').map((li) => li.text)).toEqual([...procedure.safety.doNot, ...procedure.safety.stopIf]);
    expect(section.text).toContain(ui.strings.lancarRule);
  });

  it.each(locales)('(%s) opens with what to do: the set-up, the safety check, the way into guided mode, the steps at a glance', (locale) => {
    const { ui, steps } = content[locale]!;
    const pages = content[locale]!.pages;
    const massage = pages.find((p) => p.data.key === 'massage')!;
    const guided = pages.find((p) => p.data.key === 'guided')!;
    const article = page(pagePath(locale, massage.data.slug)).querySelector('article')!;
    // In this order, all before the first step and before any section on anatomy or reports.
    const html = article.toString();
    const at = (needle: string) => {
      const i = html.indexOf(needle);
      expect(i, needle).toBeGreaterThan(-1);
      return i;
    };
    const order = [
      at('id="fig-massage-together"'),
      at('class="facts alert safety"'),
      at('class="start"'),
      at(`href="${pagePath(locale, guided.data.slug)}"`),
      at(`id="${ui.strings.stepAnchor}-1"`),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(article.querySelector('#fig-massage-together img')!.getAttribute('loading'), 'the first drawing loads with the page').toBe('eager');
    expect(article.querySelector('.start-guided a')!.text).toBe(ui.strings.startGuided);
    const glance = article.querySelectorAll('section.start ol a');
    expect(glance.map((a) => [a.getAttribute('href'), a.text])).toEqual(steps.map((s) => [`#${ui.strings.stepAnchor}-${s.order}`, s.title]));
  });

  it.each(locales)('(%s) keeps the danger signs page one tap away from every page', (locale) => {
    const dangerSigns = content[locale]!.pages.find((p) => p.data.key === 'danger-signs')!;
    for (const p of allPages.filter((x) => x.locale === locale)) {
      const href = page(p.path).querySelector('header a.danger')!.getAttribute('href')!;
      expect(href, p.path).toBe(pagePath(locale, dangerSigns.data.slug));
    }
    expect(page(pagePath(locale, dangerSigns.data.slug)).querySelector('h1')!.text).toBe(dangerSigns.data.title);
  });

  it.each(locales)('(%s) links its leaflet PDF, and the file is there', (locale) => {
    const massage = content[locale]!.pages.find((p) => p.data.key === 'massage')!;
    const href = page(pagePath(locale, massage.data.slug)).querySelector('.download a')!.getAttribute('href')!;
    expect(href).toBe(`/${locale}/${content[locale]!.ui.strings.leafletFile}-a4.pdf`);
    expect(readFileSync(distFile(href)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the search index', () => {
  const entry = JSON.parse(readFileSync(distFile('pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };

  it('has one index per language, each with every searchable page of that language', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id']);
    for (const locale of locales) {
      const searchable = content[locale]!.pages.filter((p) => p.data.searchable).length;
      expect(entry.languages[locale]!.page_count).toBe(searchable);
      const files = readdirSync(distFile('pagefind'));
      expect(files).toContain(`pagefind.${entry.languages[locale]!.hash}.pf_meta`);
      expect(files).toContain(`wasm.${locale}.pagefind`);
    }
  });

  it.each([
    ['/id/cari/', 'id'],
    ['/en/search/', 'en'],
  ])('has a search page %s that works as a plain form and links to the list of topics', (path) => {
    const html = page(path);
    expect(html.querySelector('form[role="search"] input[name="q"]')).not.toBeNull();
    // One link to the home page's list, not the list: the search page must not grow with the content.
    const links = html.querySelectorAll('nav.topics a');
    expect(links).toHaveLength(1);
    const [home, hash] = links[0]!.getAttribute('href')!.split('#');
    expect(page(home!).getElementById(hash!)?.closest('nav.topics')?.querySelectorAll('li a').length).toBeGreaterThan(10);
    // The search page itself stays out of the index.
    expect(html.querySelector('[data-pagefind-body]')).toBeNull();
  });

  const searchData = (locale: string) => {
    const html = page(pagePath(locale, content[locale]!.pages.find((p) => p.data.key === 'search')!.data.slug));
    return JSON.parse(html.querySelector('script#search-data')!.text) as { tag: string; preload: string[]; pages: Record<string, [string, string]> };
  };

  it.each(locales)("tells the %s search page which of its language's Pagefind files to fetch at once, all of which exist", (locale) => {
    const { tag, preload } = searchData(locale);
    expect(preload).toEqual([
      `/pagefind/pagefind-entry.json?ts=${tag}`,
      `/pagefind/pagefind.${entry.languages[locale]!.hash}.pf_meta`,
      `/pagefind/wasm.${locale}.pagefind`,
    ]);
    for (const href of preload) expect(existsSync(distFile(href.replace(/\?.*/, ''))), href).toBe(true);
  });

  it.each(locales)('gives the %s search page the title and address of every page in its index', (locale) => {
    const { pages } = searchData(locale);
    const searchable = content[locale]!.pages.filter((p) => p.data.searchable);
    expect(Object.keys(pages)).toHaveLength(searchable.length);
    expect(
      Object.values(pages)
        .map(([url]) => url)
        .sort(),
    ).toEqual(searchable.map((p) => pagePath(locale, p.data.slug)).sort());
    for (const [url, title] of Object.values(pages)) expect(title, url).toBe(page(url).querySelector('h1')!.text);
    for (const id of Object.keys(pages)) expect(existsSync(distFile(`pagefind/fragment/${id}.pf_fragment`)), id).toBe(true);
  });

  it('holds no Pagefind file that nothing loads (its ready-made interfaces, its worker, an unused wasm)', () => {
    const files = readdirSync(distFile('pagefind'));
    expect(files.filter((f) => /ui\.(js|css)$|highlight|worker|unknown/.test(f))).toEqual([]);
  });
});

/** Compressed size of a file as a host with brotli would send it (images in PNG are already compressed). */
const sent = (file: string) => {
  const raw = readFileSync(file);
  return file.endsWith('.png') ? raw.byteLength : brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
};

describe('the page budget', () => {
  it.each(allPages)('$path loads whole, images included, in at most 60 KB compressed', ({ path }) => {
    const html = page(path);
    // Everything the page itself asks for: drawings (lazy ones too), scripts, stylesheets, the icon.
    const assets = [
      ...html.querySelectorAll('img[src^="/"], script[src^="/"]').map((el) => el.getAttribute('src')!),
      ...html.querySelectorAll('link[rel="icon"][href^="/"], link[rel="stylesheet"][href^="/"]').map((el) => el.getAttribute('href')!),
    ];
    const files = [`${path}index.html`, ...new Set(assets)];
    const bytes = files.reduce((sum, f) => sum + sent(distFile(f)), 0);
    const list = files.map((f) => `${f} ${sent(distFile(f))}`).join(', ');
    expect(bytes, `${path}: ${bytes} bytes compressed (${list})`).toBeLessThanOrEqual(60 * 1024);
  });

  it.each([...allPages, ...NOT_FOUND_PAGES.map((path) => ({ path }))])('$path is at most 14 KB brotli, HTML and CSS together', ({ path }) => {
    const html = readFileSync(distFile(path.endsWith('/') ? `${path}index.html` : path));
    // The stylesheet is inlined; a linked one would count too.
    const linked = page(path).querySelectorAll('link[rel="stylesheet"]');
    expect(linked.length, `${path} links a stylesheet`).toBe(0);
    const bytes = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
    expect(bytes, `${path}: ${bytes} bytes brotli`).toBeLessThanOrEqual(14 * 1024);
  });
});
