/** The app icons named in the web app manifests (src/app/manifest.ts), drawn from public/favicon.svg at build. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIcon } from '../../app/icons.ts';
import { APP_ICONS } from '../../app/manifest.ts';

export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { file: icon.src.slice('/icons/'.length, -'.png'.length) }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const svg = readFileSync(resolve(process.cwd(), 'public/favicon.svg'), 'utf8');
  const png = await renderIcon(svg, (props as { icon: (typeof APP_ICONS)[number] }).icon);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
