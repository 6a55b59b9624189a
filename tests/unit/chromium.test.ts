/** The browser's path: Debian's by default, LANCAR_CHROMIUM when set, and a message saying what to do when missing. */
import { describe, expect, it } from 'vitest';
import { chromiumPath, DEFAULT_CHROMIUM } from '../../scripts/lib/chromium.ts';

const present =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('chromiumPath', () => {
  it("is Debian's /usr/bin/chromium unless LANCAR_CHROMIUM is set", () => {
    expect(DEFAULT_CHROMIUM).toBe('/usr/bin/chromium');
    expect(chromiumPath({}, present('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(chromiumPath({ LANCAR_CHROMIUM: '' }, present('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('takes LANCAR_CHROMIUM when set', () => {
    expect(chromiumPath({ LANCAR_CHROMIUM: '/opt/chromium/chrome' }, present('/opt/chromium/chrome'))).toBe('/opt/chromium/chrome');
  });

  it('names the path it tried and both ways out when the browser is missing', () => {
    expect(() => chromiumPath({ LANCAR_CHROMIUM: '/nowhere/chromium' }, present())).toThrow(
      "Chromium not found at /nowhere/chromium; install Debian's chromium (apt-get install -y chromium) or set LANCAR_CHROMIUM to its path",
    );
  });
});
