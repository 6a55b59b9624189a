/**
 * Every printed file of every language (print/catalog.ts), rendered at build time from the same content as the
 * site, and on request by `npm run dev`, so a PDF can be previewed while editing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { printFileRoutes, renderPrintFileOf, type PrintFileProps } from '../_print-files.ts';

export const getStaticPaths = (() => printFileRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<PrintFileProps> = async ({ props, site }) => {
  const pdf = await renderPrintFileOf(props, site!);
  return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/pdf' } });
};
