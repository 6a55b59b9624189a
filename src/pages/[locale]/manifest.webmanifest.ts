/** Each language's web app manifest (src/app/manifest.ts), linked from that language's pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { webAppManifest } from '../../app/manifest.ts';
import { contentOfLocale, loadContent } from '../../content/index.ts';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.locales.map((locale) => ({ params: { locale }, props: { ui: contentOfLocale(content, locale).ui } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { ui } = props as { ui: ReturnType<typeof contentOfLocale>['ui'] };
  const manifest = webAppManifest({
    locale: params.locale!,
    lang: ui.locale.lang,
    name: ui.app.name,
    shortName: ui.app.shortName,
    description: ui.strings.tagline,
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
