/** The step drawings, served from content/illustrations/ so site and print use the very same files. */
import { readdirSync, readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ILLUSTRATION_DIR } from '../../content/layout.ts';

export const getStaticPaths = (() =>
  readdirSync(ILLUSTRATION_DIR)
    .filter((file) => file.endsWith('.svg'))
    .map((file) => ({ params: { name: file.slice(0, -'.svg'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(`${ILLUSTRATION_DIR}/${params.name}.svg`), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
