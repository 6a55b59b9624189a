/**
 * The leaflet's local contact box: the posyandu, puskesmas or midwife's name and phone or WhatsApp number.
 * Laid out by satori with fixed heights, so the fillable fields can be placed exactly over its writing lines.
 * The same limits and character set bind the PDF fields and the site's fill-in page (nothing else is accepted).
 */
import type { Ui } from '../content/schemas/index.ts';
import { h, type Element } from './element.ts';
import { PDFHexString, PDFName, type Color, type PDFDocument, type PDFFont, type PDFPage } from './pdf.ts';
import { mm } from './units.ts';

/** Millimetres. */
export const CONTACT_BOX = {
  padding: 3,
  title: 7,
  label: 5,
  /** The writing space above each line: room for 12 pt text or a pen. */
  line: 9,
  get height(): number {
    return 2 * this.padding + this.title + 2 * (this.label + this.line);
  },
} as const;

export const CONTACT_FIELDS = [
  { name: 'contact.name', label: 'contactName', maxLength: 60 },
  { name: 'contact.phone', label: 'contactPhone', maxLength: 30 },
] as const satisfies readonly { name: string; label: keyof Ui['print']; maxLength: number }[];

/** Points: the size filled-in text is set at (the leaflet's running text size). */
export const CONTACT_FONT_SIZE = 12;

/**
 * What a kader may type: printable ASCII and the Latin-1 letters and signs. The field font's subset carries exactly
 * these glyphs, so any PDF reader can show what is typed, and the fill-in page refuses anything else by name.
 */
export const CONTACT_CHARSET = (() => {
  let chars = '';
  for (let code = 0x20; code <= 0x7e; code++) chars += String.fromCharCode(code);
  for (let code = 0xa1; code <= 0xff; code++) if (code !== 0xad) chars += String.fromCharCode(code);
  return chars;
})();

/** Characters of `text` that the contact fields cannot show, each once, in order. */
export const unsupportedContactChars = (text: string): string[] => [...new Set([...text].filter((c) => !CONTACT_CHARSET.includes(c)))];

export function contactBoxElement(ui: Ui, ink: string, muted: string): Element {
  const pad = mm(CONTACT_BOX.padding);
  const field = (label: string) =>
    h(
      'div',
      { display: 'flex', flexDirection: 'column' },
      h('div', { height: mm(CONTACT_BOX.label), fontSize: 10, color: muted, display: 'flex', alignItems: 'flex-end' }, label),
      h('div', { height: mm(CONTACT_BOX.line), borderBottom: `1px solid ${ink}` }),
    );
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', height: mm(CONTACT_BOX.height), border: `1px solid ${ink}`, padding: `${pad}px ${pad}px` },
    h('div', { height: mm(CONTACT_BOX.title), fontSize: 13, fontWeight: 700, display: 'flex', alignItems: 'center' }, ui.print.contactTitle),
    ...CONTACT_FIELDS.map((f) => field(ui.print[f.label])),
  );
}

export interface ContactPlacement {
  /** Page coordinates (points) of the box's top-left corner, and its width. */
  left: number;
  top: number;
  width: number;
  font: PDFFont;
  /** The ink of typed text, in the variant's colour space (grey in the black-and-white leaflet). */
  ink: Color;
}

/** The writing rectangle of each field, in page points: what the PDF fields and the fill-in page both use. */
export function contactFieldRects(at: { left: number; top: number; width: number }): { x: number; y: number; width: number; height: number }[] {
  return CONTACT_FIELDS.map((_, index) => ({
    x: at.left + mm(CONTACT_BOX.padding),
    y: at.top - mm(CONTACT_BOX.padding + CONTACT_BOX.title + (index + 1) * (CONTACT_BOX.label + CONTACT_BOX.line)) + 1,
    width: at.width - mm(2 * CONTACT_BOX.padding),
    height: mm(CONTACT_BOX.line) - 1,
  }));
}

export function addContactFields(doc: PDFDocument, page: PDFPage, ui: Ui, at: ContactPlacement): void {
  const form = doc.getForm();
  const rects = contactFieldRects(at);
  CONTACT_FIELDS.forEach((spec, index) => {
    const field = form.createTextField(spec.name);
    field.setMaxLength(spec.maxLength);
    // Screen readers and PDF readers' tooltips name the field in the leaflet's language.
    field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(ui.print[spec.label]));
    field.addToPage(page, { ...rects[index]!, font: at.font, textColor: at.ink, borderWidth: 0 });
    field.setFontSize(CONTACT_FONT_SIZE);
    field.updateAppearances(at.font);
  });
}
