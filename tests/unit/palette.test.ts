/**
 * The site's stylesheet and the renderers name the same colours twice (CSS cannot import palette.ts): these tests
 * hold the light theme's custom properties equal to the palette, so a page and its PDF cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCENT, ALERT, ALERT_TINT, INK, TINT, WHITE } from '../../src/palette.ts';
import { ROOT } from '../helpers/paths.ts';

/** #fff and #FFFFFF are the same colour: compare the six-digit lower-case form. */
function normalHex(value: string): string {
  const hex = value.trim().toLowerCase();
  return /^#[0-9a-f]{3}$/.test(hex) ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
}

/** The custom properties of the stylesheet's first, unindented `:root` block: the light theme. */
function lightThemeVariables(css: string): Map<string, string> {
  const block = /^:root\s*\{([^}]*)\}/m.exec(css)?.[1];
  if (block === undefined) throw new Error('src/styles/site.css: no top-level :root block');
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/**
 * The site's variable for each palette colour. --muted is left out: the renderers' MUTED has been darker than the
 * site's since the first commit, a difference for whoever owns the design to keep or end, not for this test.
 */
const SAME_COLOURS: [variable: string, palette: string][] = [
  ['--fg', INK],
  ['--accent', ACCENT],
  ['--soft', TINT],
  ['--alert-line', ALERT],
  ['--alert-bg', ALERT_TINT],
  ['--bg', WHITE],
];

describe('palette', () => {
  const variables = lightThemeVariables(readFileSync(resolve(ROOT, 'src/styles/site.css'), 'utf8'));

  it.each(SAME_COLOURS)('site.css %s equals the palette colour %s', (variable, colour) => {
    const value = variables.get(variable);
    expect(value, `${variable} is missing from site.css's :root`).toBeDefined();
    expect(normalHex(value!)).toBe(normalHex(colour));
  });

  it('normalises short hex colours', () => {
    expect(normalHex('#FFF')).toBe('#ffffff');
    expect(normalHex('#1f2933')).toBe('#1f2933');
  });
});
