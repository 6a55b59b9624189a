/**
 * The web app manifest, one per language (/id/manifest.webmanifest, /en/manifest.webmanifest), each linked from its
 * language's pages. A manifest has one name and one start page, and browsers read no translations from it, so a
 * reader who adds Lancar to her home screen gets it named in her language, opening on her language's home page,
 * which is what the service worker keeps for her (src/offline/core.ts). Its scope is the whole site, so the language
 * switch stays inside the app. The icons are drawn from public/favicon.svg at build (icons.ts).
 */
import { ACCENT, WHITE } from '../palette.ts';

export interface AppIcon {
  src: string;
  size: number;
  purpose: 'any' | 'maskable';
}

/** The icons: two sizes of the drop, and one maskable (the drop inside the safe zone, on white to the edges). */
export const APP_ICONS: readonly AppIcon[] = [
  { src: '/icons/lancar-192.png', size: 192, purpose: 'any' },
  { src: '/icons/lancar-512.png', size: 512, purpose: 'any' },
  { src: '/icons/lancar-maskable-512.png', size: 512, purpose: 'maskable' },
];

export const manifestHref = (locale: string) => `/${locale}/manifest.webmanifest`;

export interface ManifestInput {
  locale: string;
  lang: string;
  name: string;
  shortName: string;
  description: string;
}

export function webAppManifest({ locale, lang, name, shortName, description }: ManifestInput): Record<string, unknown> {
  const home = `/${locale}/`;
  return {
    id: home,
    name,
    short_name: shortName,
    description,
    lang,
    dir: 'ltr',
    start_url: home,
    scope: '/',
    display: 'standalone',
    theme_color: ACCENT,
    background_color: WHITE,
    icons: APP_ICONS.map((icon) => ({ src: icon.src, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}
