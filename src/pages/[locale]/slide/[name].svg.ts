/** Each drawing as a 16:9 slide with its caption, source and licence, as SVG (/id/slide/reflexes.svg). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { slideOf, slideRoutes, type SlideProps } from '../../../teaching/site-slides.ts';

export const getStaticPaths = (() => slideRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<SlideProps> = async ({ props, site }) =>
  new Response((await slideOf(props, site!)).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
