/**
 * The leaflet's local contact box: the posyandu, puskesmas or midwife's name and phone or WhatsApp number.
 * Laid out by satori with fixed heights, so the fillable fields can be placed exactly over its writing lines.
 * The same limits and character set bind the PDF fields and the site's fill-in page (nothing else is accepted).
 */
import type { Ui } from '../content/schemas/index.ts';
import { h, type Element } from './element.ts';
import type { FieldFont } from './field-font.ts';
import {
  AnnotationFlags,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  PDFWidgetAnnotation,
  type Color,
  type PDFDocument,
  type PDFPage,
} from './pdf.ts';
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
  { name: 'contact.name', label: 'contactName', maxLength: 60, lines: 2 },
  { name: 'contact.phone', label: 'contactPhone', maxLength: 30, lines: 1 },
] as const satisfies readonly { name: string; label: keyof Ui['print']; maxLength: number; lines: number }[];

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
  /** The simple TrueType field font (field-font.ts), named in the form's default resources. */
  font: FieldFont;
  /** The ink of typed text, in the variant's colour space (black in the black-and-white leaflet). */
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

/**
 * Two text fields over the box's writing lines, built as plain AcroForm objects so every filler finds what it
 * needs: the form's default resources (/DR) and appearance (/DA) name the embedded field font. The name field is
 * multiline with an automatic size (0 Tf), so a reader wraps and shrinks a 60-character name inside the box; the
 * phone number stays at 12 pt on one line. Each widget carries an empty appearance in that font.
 */
export function addContactFields(doc: PDFDocument, page: PDFPage, ui: Ui, at: ContactPlacement): void {
  const { context } = doc;
  const form = doc.getForm();
  // A one-line field keeps the running text's size; the name's size is automatic, so a reader shrinks and wraps it.
  const da = (size: number) => `/${at.font.key} ${size} Tf ${inkOperator(at.ink)}`;
  const fontResources = context.obj({ Font: { [at.font.key]: at.font.ref } });
  form.acroForm.dict.set(PDFName.of('DR'), fontResources);
  form.acroForm.dict.set(PDFName.of('DA'), PDFString.of(da(CONTACT_FONT_SIZE)));
  const rects = contactFieldRects(at);
  CONTACT_FIELDS.forEach((spec, index) => {
    const field = form.createTextField(spec.name);
    field.setMaxLength(spec.maxLength);
    if (spec.lines > 1) field.enableMultiline();
    field.disableRichFormatting();
    const { dict } = field.acroField;
    // Screen readers and PDF readers' tooltips name the field in the leaflet's language.
    dict.set(PDFName.of('TU'), PDFHexString.fromText(ui.print[spec.label]));
    const appearance = da(spec.lines > 1 ? 0 : CONTACT_FONT_SIZE);
    dict.set(PDFName.of('DA'), PDFString.of(appearance));
    const rect = rects[index]!;
    const empty = context.formXObject(
      [PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Tx')]), PDFOperator.of(PDFOperatorNames.EndMarkedContent)],
      {
        BBox: context.obj([0, 0, rect.width, rect.height]),
        Resources: fontResources,
      },
    );
    const widget = PDFWidgetAnnotation.create(context, field.ref);
    widget.setRectangle(rect);
    widget.setP(page.ref);
    widget.setFlagTo(AnnotationFlags.Print, true);
    widget.getOrCreateBorderStyle().setWidth(0);
    widget.getOrCreateAppearanceCharacteristics().setBackgroundColor([1]);
    widget.setDefaultAppearance(appearance);
    widget.setNormalAppearance(context.register(empty));
    const widgetRef = context.register(widget.dict);
    field.acroField.addWidget(widgetRef);
    page.node.addAnnot(widgetRef);
  });
}

/** The fill operator of a colour, as a default appearance string writes it. */
function inkOperator(ink: Color): string {
  const n = (v: number) => String(Number(v.toFixed(4)));
  if (ink.type === 'Grayscale') return `${n(ink.gray)} g`;
  if (ink.type === 'RGB') return `${n(ink.red)} ${n(ink.green)} ${n(ink.blue)} rg`;
  return `${n(ink.cyan)} ${n(ink.magenta)} ${n(ink.yellow)} ${n(ink.key)} k`;
}
