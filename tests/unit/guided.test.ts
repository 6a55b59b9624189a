import { describe, expect, it } from 'vitest';
import { clock, stepFromHash, SWIPE_MIN, swipeDirection } from '../../src/client/guided-logic.ts';
import { readLocale } from '../helpers/content.ts';

describe('the guided mode timer face', () => {
  it('shows minutes and seconds with two digits each', () => {
    expect(clock(0)).toBe('00:00');
    expect(clock(30)).toBe('00:30');
    expect(clock(90)).toBe('01:30');
    expect(clock(180)).toBe('03:00');
    expect(clock(600)).toBe('10:00');
  });

  it('counts a started second as a whole one, so 00:00 shows only when the time is really up', () => {
    expect(clock(89.2)).toBe('01:30');
    expect(clock(0.01)).toBe('00:01');
  });

  it('never shows a negative time', () => {
    expect(clock(-3)).toBe('00:00');
  });
});

describe('the guided mode swipe', () => {
  it('turns to the next step when the finger moves left, the previous when it moves right', () => {
    expect(swipeDirection(-120, 10)).toBe(1);
    expect(swipeDirection(120, -10)).toBe(-1);
    expect(swipeDirection(-SWIPE_MIN, 0)).toBe(1);
  });

  it('ignores taps and short wobbles', () => {
    expect(swipeDirection(0, 0)).toBe(0);
    expect(swipeDirection(-(SWIPE_MIN - 1), 0)).toBe(0);
  });

  it('ignores mostly vertical movement: reading down the page turns nothing', () => {
    expect(swipeDirection(-80, 200)).toBe(0);
    expect(swipeDirection(90, 60)).toBe(0);
    expect(swipeDirection(0, -300)).toBe(0);
  });

  it('ignores a gesture whose start was never recorded', () => {
    expect(swipeDirection(Number.NaN, 0)).toBe(0);
    expect(swipeDirection(-200, Number.NaN)).toBe(0);
  });
});

describe('the guided mode deep link', () => {
  const id = readLocale('id').ui.strings.stepAnchor;
  const en = readLocale('en').ui.strings.stepAnchor;

  it("opens at the step the address names, in the page's own language", () => {
    expect(stepFromHash(`#${id}-3`, id, 7)).toBe(2);
    expect(stepFromHash(`#${en}-5`, en, 7)).toBe(4);
    expect(stepFromHash(`#${en}-1`, en, 7)).toBe(0);
    expect(stepFromHash(`#${en}-7`, en, 7)).toBe(6);
  });

  it('starts at the beginning for anything else', () => {
    expect(stepFromHash('', id, 7)).toBe(-1);
    expect(stepFromHash('#main', id, 7)).toBe(-1);
    expect(stepFromHash(`#${en}-3`, id, 7)).toBe(-1);
    expect(stepFromHash(`#${id}-0`, id, 7)).toBe(-1);
    expect(stepFromHash(`#${id}-8`, id, 7)).toBe(-1);
    expect(stepFromHash(`#${id}-2x`, id, 7)).toBe(-1);
  });
});
