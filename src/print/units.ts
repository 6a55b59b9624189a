/** Layout code thinks in millimetres; PDF speaks points. This is the only place that converts. */
export const PT_PER_MM = 72 / 25.4;

export const mm = (value: number): number => value * PT_PER_MM;
export const toMm = (points: number): number => points / PT_PER_MM;

export interface SizeMm {
  width: number;
  height: number;
}

/** ISO 216 A4 and the Indonesian F4 (215 × 330 mm), both landscape for the leaflet. */
export const PAPER = {
  a4Landscape: { width: 297, height: 210 },
  f4Landscape: { width: 330, height: 215 },
} as const satisfies Record<string, SizeMm>;
