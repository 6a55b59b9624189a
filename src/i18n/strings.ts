/** Small pure helpers over the interface strings of content/<locale>/ui.yaml. */
import type { Ui } from '../content/schemas/index.ts';

/** "Langkah {n}" + { n: 3 } → "Langkah 3". An unknown placeholder stays visible so a typo is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The stable anchor of a step: #langkah-3, #step-3. Lecturers link to these; never change them lightly. */
export const stepAnchor = (ui: Ui, order: number) => `${ui.strings.stepAnchor}-${order}`;

export const stepLabel = (ui: Ui, order: number) => fill(ui.strings.stepLabel, { n: order });

/** 90 → "1 menit 30 detik" / "1 min 30 s". */
export function formatDuration(ui: Ui, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} ${ui.strings.minutes}`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} ${ui.strings.seconds}`);
  return parts.join(' ');
}

/** "Tanda bahaya" → "tanda-bahaya": an anchor that reads as words in the page's own language. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Web text paragraphs are separated by a blank line in the YAML. */
export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
