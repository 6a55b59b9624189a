/**
 * What the satori cards (share images, link previews, slides) share on their way to a PNG.
 *
 * Satori gives every <img> a mask for overflow: a white rectangle of the image's own box, itself masked by the
 * parent's rectangle where the parent clips too. librsvg draws each mask on a surface as large as the whole card,
 * so these masks made up about half of a card's rasterising, while most of them change no pixel: an image draws
 * nothing outside its box. withoutIdleMasks drops two kinds, both a pixel-aligned white rectangle of exactly the
 * box it masks:
 *
 * - the mask of an image, when that mask is not itself masked;
 * - the mask of a mask's rectangle (the nesting), so the image keeps one mask instead of two.
 *
 * The image inside a rounded frame keeps its own mask: without it librsvg smooths the frame's corners a shade
 * differently. Everything else (the clip paths that round the corners, every letter) stays as satori wrote it, and
 * the PNGs come out byte for byte the same.
 */

const BOX = String.raw`x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"`;
const MASK = new RegExp(String.raw`<mask id="([^"]+)"><rect ${BOX} fill="#fff"(?: mask="url\(#([^")]+)\)")?\/><\/mask>`, 'g');
const IMAGE = new RegExp(String.raw`<image ${BOX} ([^>]*?) mask="url\(#([^")]+)\)"\/>`, 'g');

/** The card's SVG without the masks that change no pixel (see above). */
export function withoutIdleMasks(svg: string): string {
  const masks = new Map<string, { box: string; parent: string | undefined }>();
  for (const [, id, x, y, width, height, parent] of svg.matchAll(MASK)) masks.set(id!, { box: `${x} ${y} ${width} ${height}`, parent });
  // A plain white rectangle over exactly this box, not masked itself (as satori wrote it, before any is dropped).
  const idle = (id: string | undefined, box: string) => {
    const mask = id === undefined ? undefined : masks.get(id);
    return mask !== undefined && mask.box === box && mask.parent === undefined;
  };
  return svg
    .replace(IMAGE, (image, x: string, y: string, width: string, height: string, rest: string, id: string) =>
      idle(id, `${x} ${y} ${width} ${height}`) ? `<image x="${x}" y="${y}" width="${width}" height="${height}" ${rest}/>` : image,
    )
    .replace(MASK, (mask, id: string, x: string, y: string, width: string, height: string, parent: string | undefined) =>
      parent !== undefined && idle(parent, `${x} ${y} ${width} ${height}`)
        ? `<mask id="${id}"><rect x="${x}" y="${y}" width="${width}" height="${height}" fill="#fff"/></mask>`
        : mask,
    );
}
