/**
 * QR codes as vector drawings: the `qrcode` package computes the modules, this turns them into one SVG path of
 * filled squares in the ink colour, with the 4-module quiet zone scanners need. The SVG goes through the same
 * drawing path as the illustrations, so it stays vector in the PDF and follows the black-and-white variant.
 */
import QRCode from 'qrcode';
import { INK, WHITE } from '../palette.ts';

/** Modules of white margin around the code (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

export function qrSvg(text: string, ink = INK): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const total = size + 2 * QUIET_ZONE;
  let d = '';
  for (let row = 0; row < size; row++) {
    // One rectangle per horizontal run of dark modules keeps the path short.
    for (let col = 0; col < size; col++) {
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < size && modules.get(row, end + 1)) end++;
      d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h${end - col + 1}v1h-${end - col + 1}Z`;
      col = end;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" width="${total}" height="${total}">` +
    `<rect x="0" y="0" width="${total}" height="${total}" fill="${WHITE}"/><path d="${d}" fill="${ink}"/></svg>`
  );
}
