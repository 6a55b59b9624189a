/**
 * Site URLs. Pages live at /<locale>/<slug>/ (trailing slash, as Astro is configured); the PDFs beside them.
 * Plain functions so tests and the print renderer build the same URLs as the site.
 */
export function pageHref(locale: string, slug: string): string {
  return `/${locale}/${slug ? `${slug}/` : ''}`;
}

/** The leaflet of a language, e.g. /id/leaflet-pijat-oksitosin-a4.pdf */
export function leafletHref(locale: string, leafletFile: string): string {
  return `/${locale}/${leafletFile}-a4.pdf`;
}

export const illustrationHref = (name: string) => `/illustrations/${name}.svg`;
