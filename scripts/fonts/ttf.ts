/**
 * Just enough of the TrueType format to change one glyph's outline and two name strings: read the table
 * directory, decode and encode simple glyphs, rebuild glyf and loca, rewrite name records, and write the font
 * back with fresh checksums. Every other table is copied byte for byte.
 */

export interface Point {
  x: number;
  y: number;
  onCurve: boolean;
}

/** A simple glyph's outline: one list of points per contour. Instructions are not kept (see encodeGlyph). */
export type Contours = Point[][];

export interface Font {
  sfntVersion: number;
  /** Table data by tag, in the file's order. */
  tables: Map<string, Uint8Array>;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function readFont(bytes: Uint8Array): Font {
  const data = view(bytes);
  const sfntVersion = data.getUint32(0);
  if (sfntVersion !== 0x00010000) throw new Error('not a TrueType font (sfnt version is not 1.0)');
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < data.getUint16(4); i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tables.set(tag, bytes.slice(data.getUint32(at + 8), data.getUint32(at + 8) + data.getUint32(at + 12)));
  }
  return { sfntVersion, tables };
}

export function table(font: Font, tag: string): Uint8Array {
  const found = font.tables.get(tag);
  if (!found) throw new Error(`the font has no ${tag} table`);
  return found;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const data = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + data.getUint32(i)) >>> 0;
  return sum;
}

/** The font as a file: tables 4-byte aligned in the same order, checksums and head.checkSumAdjustment recomputed. */
export function writeFont(font: Font): Uint8Array {
  const tags = [...font.tables.keys()];
  const head = table(font, 'head').slice();
  view(head).setUint32(8, 0);
  const tables = new Map(font.tables).set('head', head);
  const headerLength = 12 + 16 * tags.length;
  let length = headerLength;
  for (const tag of tags) length += Math.ceil(table({ ...font, tables }, tag).length / 4) * 4;
  const out = new Uint8Array(length);
  const data = view(out);
  const log2 = Math.floor(Math.log2(tags.length));
  data.setUint32(0, font.sfntVersion);
  data.setUint16(4, tags.length);
  data.setUint16(6, 2 ** log2 * 16);
  data.setUint16(8, log2);
  data.setUint16(10, tags.length * 16 - 2 ** log2 * 16);
  let offset = headerLength;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const bytes = tables.get(tag)!;
    const at = 12 + 16 * i;
    for (let c = 0; c < 4; c++) data.setUint8(at + c, tag.charCodeAt(c));
    data.setUint32(at + 4, checksum(bytes));
    data.setUint32(at + 8, offset);
    data.setUint32(at + 12, bytes.length);
    out.set(bytes, offset);
    if (tag === 'head') headOffset = offset;
    offset += Math.ceil(bytes.length / 4) * 4;
  });
  data.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** Each glyph's bytes in glyf, by glyph id (empty for a glyph with no outline). */
export function glyphs(font: Font): Uint8Array[] {
  const long = view(table(font, 'head')).getInt16(50) === 1;
  const numGlyphs = view(table(font, 'maxp')).getUint16(4);
  const loca = view(table(font, 'loca'));
  const glyf = table(font, 'glyf');
  const offset = (i: number) => (long ? loca.getUint32(4 * i) : 2 * loca.getUint16(2 * i));
  return Array.from({ length: numGlyphs }, (_, i) => glyf.slice(offset(i), offset(i + 1)));
}

/** glyf and loca rebuilt from the glyphs; loca stays short unless the table outgrows it. */
export function setGlyphs(font: Font, list: Uint8Array[]): Font {
  const sizes = list.map((g) => g.length + (g.length % 2));
  const total = sizes.reduce((a, b) => a + b, 0);
  const long = total > 0x1fffe;
  const glyf = new Uint8Array(total);
  const loca = new Uint8Array((list.length + 1) * (long ? 4 : 2));
  const locaView = view(loca);
  let offset = 0;
  list.forEach((g, i) => {
    if (long) locaView.setUint32(4 * i, offset);
    else locaView.setUint16(2 * i, offset / 2);
    glyf.set(g, offset);
    offset += sizes[i]!;
  });
  if (long) locaView.setUint32(4 * list.length, offset);
  else locaView.setUint16(2 * list.length, offset / 2);
  const head = table(font, 'head').slice();
  view(head).setInt16(50, long ? 1 : 0);
  const tables = new Map(font.tables).set('glyf', glyf).set('loca', loca).set('head', head);
  return { ...font, tables };
}

/** The glyph ids a composite glyph is made of, or null for a simple glyph. */
export function componentsOf(bytes: Uint8Array): number[] | null {
  const data = view(bytes);
  if (bytes.length === 0 || data.getInt16(0) >= 0) return null;
  const ids: number[] = [];
  let at = 10;
  for (;;) {
    const flags = data.getUint16(at);
    ids.push(data.getUint16(at + 2));
    // Arguments are words or bytes; then no scale, one, an x and y scale, or a 2 × 2 matrix.
    at += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20)) return ids;
  }
}

export function decodeGlyph(bytes: Uint8Array): Contours {
  const data = view(bytes);
  const count = data.getInt16(0);
  if (count < 0) throw new Error('a composite glyph, not a simple one');
  const ends = Array.from({ length: count }, (_, i) => data.getUint16(10 + 2 * i));
  const points = count === 0 ? 0 : ends[count - 1]! + 1;
  let at = 10 + 2 * count;
  at += 2 + data.getUint16(at);
  const flags: number[] = [];
  while (flags.length < points) {
    const flag = data.getUint8(at++);
    flags.push(flag);
    if (flag & 8) for (let r = data.getUint8(at++); r > 0; r--) flags.push(flag);
  }
  const coordinates = (short: number, same: number) => {
    let value = 0;
    return flags.map((flag) => {
      if (flag & short) {
        const delta = data.getUint8(at++);
        value += flag & same ? delta : -delta;
      } else if (!(flag & same)) {
        value += data.getInt16(at);
        at += 2;
      }
      return value;
    });
  };
  const xs = coordinates(2, 16);
  const ys = coordinates(4, 32);
  const contours: Contours = [];
  let start = 0;
  for (const end of ends) {
    contours.push(flags.slice(start, end + 1).map((flag, k) => ({ x: xs[start + k]!, y: ys[start + k]!, onCurve: (flag & 1) === 1 })));
    start = end + 1;
  }
  return contours;
}

/**
 * A simple glyph with no hinting instructions: the font's instructions for the old outline name its points by
 * number, so they would move the wrong points of a new one. The outline alone renders the same in print.
 */
export function encodeGlyph(contours: Contours): Uint8Array {
  const points = contours.flat();
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const bytes: number[] = [];
  const i16 = (v: number) => bytes.push((v >> 8) & 0xff, v & 0xff);
  i16(contours.length);
  for (const v of [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]) i16(v);
  let end = -1;
  for (const contour of contours) {
    end += contour.length;
    i16(end);
  }
  i16(0);
  const deltas = (values: number[]) => values.map((v, i) => v - (i === 0 ? 0 : values[i - 1]!));
  const dx = deltas(xs);
  const dy = deltas(ys);
  const flag = (d: number, short: number, same: number) => (d === 0 ? same : Math.abs(d) < 256 ? short | (d > 0 ? same : 0) : 0);
  points.forEach((p, i) => {
    bytes.push((p.onCurve ? 1 : 0) | flag(dx[i]!, 2, 16) | flag(dy[i]!, 4, 32));
  });
  for (const d of [dx, dy])
    for (const v of d) {
      if (v === 0) continue;
      if (Math.abs(v) < 256) bytes.push(Math.abs(v));
      else i16(v);
    }
  return Uint8Array.from(bytes);
}

/** The name table with some strings replaced, by name id; every platform's record of that id gets the new text. */
export function renameStrings(font: Font, change: (nameId: number, old: string) => string): Font {
  const bytes = table(font, 'name');
  const data = view(bytes);
  if (data.getUint16(0) !== 0) throw new Error('name table format 1 is not supported');
  const count = data.getUint16(2);
  const storage = data.getUint16(4);
  const strings: Uint8Array[] = [];
  const records: number[][] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    const [platform, encoding, language, nameId, length, start] = [0, 2, 4, 6, 8, 10].map((k) => data.getUint16(at + k)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const raw = bytes.slice(storage + start, storage + start + length);
    // Platform 1 (Macintosh) strings here are ASCII; 0 (Unicode) and 3 (Windows) are UTF-16BE.
    const utf16 = platform !== 1;
    const old = utf16 ? Buffer.from(raw).swap16().toString('utf16le') : Buffer.from(raw).toString('latin1');
    const text = change(nameId, old);
    const encoded = text === old ? raw : utf16 ? Uint8Array.from(Buffer.from(text, 'utf16le').swap16()) : Uint8Array.from(Buffer.from(text, 'latin1'));
    records.push([platform, encoding, language, nameId, encoded.length, offset]);
    strings.push(encoded);
    offset += encoded.length;
  }
  const out = new Uint8Array(6 + 12 * count + offset);
  const outView = view(out);
  outView.setUint16(2, count);
  outView.setUint16(4, 6 + 12 * count);
  records.forEach((record, i) => {
    record.forEach((v, k) => {
      outView.setUint16(6 + 12 * i + 2 * k, v);
    });
  });
  let at = 6 + 12 * count;
  for (const s of strings) {
    out.set(s, at);
    at += s.length;
  }
  return { ...font, tables: new Map(font.tables).set('name', out) };
}
