/**
 * Site URLs. Pages live at /<locale>/<slug>/ (trailing slash, as Astro is configured); the PDFs beside them.
 * Plain functions so tests and the print renderer build the same URLs as the site.
 */
export function pageHref(locale: string, slug: string): string {
  return `/${locale}/${slug ? `${slug}/` : ''}`;
}

/** The leaflet's file name without ".pdf", from ui.yaml's leafletFile: leaflet-pijat-oksitosin-a4 */
export const leafletName = (leafletFile: string) => `${leafletFile}-a4`;

/** The leaflet of a language, e.g. /id/leaflet-pijat-oksitosin-a4.pdf */
export function leafletHref(locale: string, leafletFile: string): string {
  return `/${locale}/${leafletName(leafletFile)}.pdf`;
}

export const illustrationHref = (name: string) => `/illustrations/${name}.svg`;
/** A step's WhatsApp image, e.g. /id/share/langkah-3.png */
export const shareImageHref = (locale: string, anchor: string, n: number) => `/${locale}/share/${anchor}-${n}.png`;
