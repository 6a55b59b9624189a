import { describe, expect, it } from 'vitest';
import { fill, formatDuration, paragraphs, slugify, stepAnchor, stepLabel } from '../../src/i18n/strings.ts';
import { leafletHref, pageHref } from '../../src/i18n/urls.ts';
import { readLocale } from '../helpers/content.ts';

const id = readLocale('id').ui;
const en = readLocale('en').ui;

describe('interface strings', () => {
  it('gives each step the stable anchor lecturers link to', () => {
    expect(stepAnchor(id, 3)).toBe('langkah-3');
    expect(stepAnchor(en, 3)).toBe('step-3');
    expect(stepLabel(id, 3)).toBe('Langkah 3');
  });

  it('writes durations the way each language says them', () => {
    expect(formatDuration(id, 90)).toBe('1 menit 30 detik');
    expect(formatDuration(en, 120)).toBe('2 min');
    expect(formatDuration(en, 30)).toBe('30 s');
  });

  it('leaves an unknown placeholder visible instead of dropping it', () => {
    expect(fill('Langkah {n} dari {total}', { n: 2 })).toBe('Langkah 2 dari {total}');
  });

  it('makes anchors and paragraphs from plain text', () => {
    expect(slugify('Tanda bahaya')).toBe('tanda-bahaya');
    expect(slugify('Café — naïve')).toBe('cafe-naive');
    expect(paragraphs('One\nline.\n\n  Two.  \n')).toEqual(['One line.', 'Two.']);
  });

  it('builds page and leaflet URLs with the trailing slash the site uses', () => {
    expect(pageHref('id', '')).toBe('/id/');
    expect(pageHref('en', 'oxytocin-massage')).toBe('/en/oxytocin-massage/');
    expect(leafletHref('id', 'leaflet-pijat-oksitosin')).toBe('/id/leaflet-pijat-oksitosin-a4.pdf');
  });
});
