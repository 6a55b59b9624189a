/**
 * QR codes as vector drawings: the `qrcode` package computes the modules, this turns them into one SVG path of
 * filled squares, with the 4-module quiet zone scanners need. The SVG goes through the same drawing path as the
 * illustrations, so it stays vector in the PDF.
 *
 * Always pure black on white, in every variant: a grey code loses its modules on a copy of a copy, where pure
 * black still scans (print review 2026-11, §7).
 */
import QRCode from 'qrcode';
import { WHITE } from '../palette.ts';

/** Modules of white margin around the code (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

/** The only ink a QR code is printed in. */
export const QR_INK = '#000000';

/** Millimetres: the smallest side of the dark modules' square that print allows (a phone reads it off a photocopy). */
export const QR_MIN_CODE = 22;

const modulesOf = (text: string) => QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;

/**
 * The side in mm of the whole QR image, quiet zone included, whose dark modules span `code` mm: what to reserve
 * on the page so the code itself is `code` mm wide.
 */
export function qrImageSide(text: string, code: number = QR_MIN_CODE): number {
  const size = modulesOf(text).size;
  return (code * (size + 2 * QUIET_ZONE)) / size;
}

export function qrSvg(text: string): string {
  const modules = modulesOf(text);
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
    `<rect x="0" y="0" width="${total}" height="${total}" fill="${WHITE}"/><path d="${d}" fill="${QR_INK}"/></svg>`
  );
}
