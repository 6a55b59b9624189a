/**
 * Beside every fillable leaflet, e.g. /id/leaflet-pijat-oksitosin-a4.fill.json: what the fill-in page needs to write
 * a kader's contact text onto that PDF in her browser (print/fill-manifest.ts). Made from the same render as the
 * PDF next to it; the browser checks the two still match before it writes anything.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isFillable } from '../../print/fill-manifest.ts';
import { fillManifestOf } from '../../render/outputs.ts';
import { printFileRoutes, renderPrintFileOf, type PrintFileProps } from '../_print-files.ts';

export const getStaticPaths = (() => printFileRoutes(isFillable)) satisfies GetStaticPaths;

export const GET: APIRoute<PrintFileProps> = async ({ props, site }) => {
  const pdf = await renderPrintFileOf(props, site!);
  const manifest = await fillManifestOf(pdf, props.file.variant === 'bw' ? 'bw' : 'colour');
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
