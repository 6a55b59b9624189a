/** Each drawing as a 1920 × 1080 slide with its caption, source and licence, as PNG (/id/slide/reflexes.png). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { slideOf, slideRoutes, type SlideProps } from '../../../teaching/site-slides.ts';

export const getStaticPaths = (() => slideRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute<SlideProps> = async ({ props, site }) =>
  new Response((await slideOf(props, site!)).png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
