/**
 * The print page's thumbnail of each document, e.g. /id/leaflet-pijat-oksitosin-a4.webp: the first page of the
 * document's first file (print/print-page.ts), drawn at build time from the same render as the PDF beside it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { thumbnailOf } from '../../render/outputs.ts';
import { printFileRoutes, renderPrintFileOf, type PrintFileProps } from '../_print-files.ts';

export const getStaticPaths = (() => printFileRoutes((file, _index, all) => all.find((f) => f.kind === file.kind) === file)) satisfies GetStaticPaths;

export const GET: APIRoute<PrintFileProps> = async ({ props, site }) => {
  const { webp } = await thumbnailOf(await renderPrintFileOf(props, site!));
  return new Response(webp as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/webp' } });
};
