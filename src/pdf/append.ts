/**
 * Reads the end of a PDF saved with a classic cross-reference table and appends an incremental update to it
 * (ISO 32000-1 7.5.6): new objects after %%EOF, a cross-reference section for just those objects, and a trailer
 * whose /Prev points at the previous table. The original bytes stay as they were, so nothing needs a PDF library.
 *
 * Pure and small: the fill-in page runs it in the browser (client/contact-fill.ts), the build
 * (print/fill-manifest.ts) uses the same reader to fingerprint the objects the update replaces, and the unit tests
 * call it from Node. It lives in src/pdf/, apart from both, so neither client nor print depends on the other.
 */

export interface ObjectRef {
  num: number;
  gen: number;
}

export interface Tail {
  /** Byte offset of the last cross-reference table. */
  startxref: number;
  size: number;
  root: ObjectRef;
  /** "12 0 R", copied into the new trailer as it stands. */
  info?: string;
  /** "[<…> <…>]", copied into the new trailer as it stands. */
  id?: string;
  /** Object number → offset and generation of the objects in use, from the last table. */
  offsets: Map<number, { offset: number; gen: number }>;
}

/** An object the update relies on, with a fingerprint of it as served. */
export interface ObjectCheck extends ObjectRef {
  fingerprint: string;
}

/** An object the update writes anew: which one, a fingerprint of it as served, and its new dictionary text. */
export interface Replacement extends ObjectCheck {
  dict: string;
}

export class PdfMismatch extends Error {}

const text = (bytes: Uint8Array, from: number, to = bytes.length): string => {
  let out = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) out += String.fromCharCode(bytes[i]!);
  return out;
};

/** PDF syntax is bytes; everything written here is ASCII (the build checks the dictionaries it hands over). */
const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

export function readTail(pdf: Uint8Array): Tail {
  const end = text(pdf, Math.max(0, pdf.length - 1024));
  const at = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(end);
  if (!at) throw new PdfMismatch('no startxref at the end of the file');
  const startxref = Number(at[1]);
  const section = text(pdf, startxref);
  const tokens = section.split(/\s+/);
  if (tokens[0] !== 'xref') throw new PdfMismatch('not a classic cross-reference table (object streams?)');
  const offsets = new Map<number, { offset: number; gen: number }>();
  let i = 1;
  while (tokens[i] !== 'trailer') {
    const first = Number(tokens[i]);
    const count = Number(tokens[i + 1]);
    if (!Number.isInteger(first) || !Number.isInteger(count)) throw new PdfMismatch('broken cross-reference table');
    i += 2;
    for (let n = first; n < first + count; n++, i += 3) {
      if (tokens[i + 2] === 'n') offsets.set(n, { offset: Number(tokens[i]), gen: Number(tokens[i + 1]) });
    }
  }
  const trailer = section.slice(section.indexOf('trailer'), section.indexOf('startxref'));
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  if (!size || !root) throw new PdfMismatch('trailer without /Size or /Root');
  return {
    startxref,
    size: Number(size[1]),
    root: { num: Number(root[1]), gen: Number(root[2]) },
    info: /\/Info\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1],
    id: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1],
    offsets,
  };
}

/** The bytes of object `ref`, from "N G obj" to "endobj", as the cross-reference table locates it. */
export function objectBytes(pdf: Uint8Array, tail: Tail, ref: ObjectRef): Uint8Array {
  const entry = tail.offsets.get(ref.num);
  if (!entry || entry.gen !== ref.gen) throw new PdfMismatch(`object ${ref.num} ${ref.gen} is not in the file`);
  const head = text(pdf, entry.offset, entry.offset + 24);
  if (!head.startsWith(`${ref.num} ${ref.gen} obj`)) throw new PdfMismatch(`object ${ref.num} is not where the table says`);
  const end = indexOf(pdf, 'endobj', entry.offset);
  if (end < 0) throw new PdfMismatch(`object ${ref.num} has no end`);
  return pdf.subarray(entry.offset, end);
}

function indexOf(bytes: Uint8Array, token: string, from: number): number {
  next: for (let i = from; i <= bytes.length - token.length; i++) {
    for (let j = 0; j < token.length; j++) if (bytes[i + j] !== token.charCodeAt(j)) continue next;
    return i;
  }
  return -1;
}

/** FNV-1a, 32 bits: enough to tell that an object is the one the manifest was made from. */
export function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * The PDF with `content` drawn on top of the replaced page. The page's old content is wrapped in q … Q (a stream
 * before it, one after) so whatever graphics or text state it leaves cannot move or restyle the new text.
 * The page dictionary text holds "{open}" and "{draw}" where those two new streams go in its /Contents.
 * Throws PdfMismatch when the file is not the one the replacements were made for: the replaced objects and the
 * `checks` (the objects the content relies on, such as the font) must be the ones fingerprinted.
 */
export function appendUpdate(
  pdf: Uint8Array,
  replace: { page: Replacement; catalog: Replacement; checks?: ObjectCheck[] },
  content: string,
): Uint8Array<ArrayBuffer> {
  const tail = readTail(pdf);
  if (tail.root.num !== replace.catalog.num || tail.root.gen !== replace.catalog.gen) throw new PdfMismatch('another document catalog');
  for (const object of [replace.page, replace.catalog, ...(replace.checks ?? [])]) {
    if (fingerprint(objectBytes(pdf, tail, object)) !== object.fingerprint) throw new PdfMismatch(`object ${object.num} has changed`);
  }
  const open = tail.size;
  const draw = open + 1;
  const stream = (data: string) => `<< /Length ${data.length} >>\nstream\n${data}\nendstream`;
  const objects: [number, number, string][] = [
    [open, 0, stream('q')],
    [draw, 0, stream(`Q\n${content}`)],
    [replace.page.num, replace.page.gen, replace.page.dict.replace('{open}', `${open} 0 R`).replace('{draw}', `${draw} 0 R`)],
    [replace.catalog.num, replace.catalog.gen, replace.catalog.dict],
  ];
  const last = pdf[pdf.length - 1];
  let update = last === 0x0a || last === 0x0d ? '' : '\n';
  const entries: [number, number, number][] = [];
  for (const [num, gen, body] of objects) {
    entries.push([num, gen, pdf.length + update.length]);
    update += `${num} ${gen} obj\n${body}\nendobj\n`;
  }
  const xref = pdf.length + update.length;
  update += 'xref\n';
  entries.sort((a, b) => a[0] - b[0]);
  // One subsection per run of consecutive object numbers; each entry exactly 20 bytes, ending in space + LF.
  for (let i = 0; i < entries.length; ) {
    let j = i + 1;
    while (j < entries.length && entries[j]![0] === entries[j - 1]![0] + 1) j++;
    update += `${entries[i]![0]} ${j - i}\n`;
    for (const [, gen, offset] of entries.slice(i, j)) update += `${String(offset).padStart(10, '0')} ${String(gen).padStart(5, '0')} n \n`;
    i = j;
  }
  const info = tail.info ? ` /Info ${tail.info}` : '';
  const id = tail.id ? ` /ID ${tail.id}` : '';
  update += `trailer\n<< /Size ${draw + 1} /Root ${tail.root.num} ${tail.root.gen} R${info}${id} /Prev ${tail.startxref} >>\nstartxref\n${xref}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf);
  out.set(bytesOf(update), pdf.length);
  return out;
}
