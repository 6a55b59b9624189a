/**
 * Satori takes React-like element objects. We build them with this tiny helper instead of pulling in React:
 * h('div', { fontSize: 12 }, 'text', h('img', …)).
 */
export type Style = Record<string, string | number>;

export interface Element {
  type: string;
  props: { style?: Style; children?: Child | Child[]; [attribute: string]: unknown };
}

export type Child = Element | string | null | undefined | false;

export function h(type: string, style: Style, ...children: Child[]): Element {
  const kept = children.filter((c): c is Element | string => c !== null && c !== undefined && c !== false);
  return { type, props: { style, children: kept } };
}

/** An image element; satori wants explicit width and height. */
export function img(src: string, width: number, height: number, style: Style = {}): Element {
  return { type: 'img', props: { src, width, height, style: { width, height, ...style } } };
}

/** An SVG document as a data URL, the form satori's <img> takes a drawing in. */
export const svgDataUrl = (svg: string): string => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
