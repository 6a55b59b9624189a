import { describe, expect, it } from 'vitest';
import { headerMayStay } from '../../src/client/site-logic.ts';
import { pageNeighbours } from '../../src/content/sequence.ts';

const page = (key: string, audience = 'mother', searchable = true) => ({ data: { key, slug: key, title: key.toUpperCase(), audience, searchable } });
const pages = [
  page('home'),
  page('massage'),
  page('breast-milk'),
  page('kader', 'kader'),
  page('hand-expression'),
  page('print', 'kader'),
  page('offline-note', 'mother', false),
  page('evidence', 'lecturer'),
  page('search', 'mother'),
];

describe('previous and next between topic pages', () => {
  it('walks each reader’s own path in topic order', () => {
    const keys = (key: string) => {
      const { previous, next } = pageNeighbours(pages, key);
      return [previous?.data.key, next?.data.key];
    };
    expect(keys('massage')).toEqual([undefined, 'breast-milk']);
    expect(keys('breast-milk')).toEqual(['massage', 'hand-expression']);
    expect(keys('hand-expression')).toEqual(['breast-milk', undefined]);
    expect(keys('kader')).toEqual([undefined, 'print']);
    expect(keys('print')).toEqual(['kader', undefined]);
  });

  it('leaves home, search, unsearchable and lone pages without links', () => {
    for (const key of ['home', 'search', 'offline-note', 'evidence', 'missing']) expect(pageNeighbours(pages, key)).toEqual({});
  });
});

describe('the header that stays at the top', () => {
  it('stays only while it takes a fifth of the screen or less', () => {
    expect(headerMayStay(61, 640)).toBe(true);
    expect(headerMayStay(128, 640)).toBe(true);
    expect(headerMayStay(129, 640)).toBe(false);
    // 200 % zoom on a 320 × 640 phone: 320 CSS px high.
    expect(headerMayStay(105, 320)).toBe(false);
    expect(headerMayStay(0, 640)).toBe(false);
  });
});
