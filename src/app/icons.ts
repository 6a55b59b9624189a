/**
 * The app icons, drawn at build from public/favicon.svg with sharp (no hand-made binaries). "any": the drop on a
 * transparent square, a little inside its edges. "maskable": white to the edges with the drop inside the central
 * 60 %, well within the safe zone (the circle of 80 % a launcher may cut to).
 */
import sharp from 'sharp';
import { WHITE } from '../palette.ts';
import type { AppIcon } from './manifest.ts';

export async function renderIcon(svg: string, icon: AppIcon): Promise<Buffer> {
  const inner = Math.round(icon.size * (icon.purpose === 'maskable' ? 0.6 : 0.9));
  const pad = icon.size - inner;
  const drawn = sharp(Buffer.from(svg), { density: (72 * inner) / 32 }).resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } });
  const background = icon.purpose === 'maskable' ? WHITE : { r: 0, g: 0, b: 0, alpha: 0 };
  const framed = drawn.extend({ top: Math.floor(pad / 2), bottom: Math.ceil(pad / 2), left: Math.floor(pad / 2), right: Math.ceil(pad / 2), background });
  const out = icon.purpose === 'maskable' ? framed.flatten({ background: WHITE }) : framed;
  return out.png({ compressionLevel: 9, palette: true }).toBuffer();
}
