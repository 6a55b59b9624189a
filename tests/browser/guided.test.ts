/**
 * The guided massage mode in Debian's Chromium over the built site, as a helper uses it on a small phone: the safety
 * check first, then one step per screen, turned by button, arrow key or swipe; a timer that counts down (the page's clock is fast-forwarded),
 * keeps the screen awake and ends with a soft tone and a buzz unless switched off; a done screen with the
 * aftercare. Without JavaScript the page is the plain list. Vibration, sound and the wake lock are spied on, so
 * the test hears and feels nothing.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser.ts';
import { readLocale } from '../helpers/content.ts';

const id = readLocale('id');
const en = readLocale('en');
const pathOf = (c: typeof id) => `/${c.locale}/${c.pages.find((p) => p.data.key === 'guided')!.data.slug}/`;
const g = id.ui.guided;
const anchor = id.ui.strings.stepAnchor;
const total = id.steps.length;

const env = useSiteAndBrowser();

interface Cues {
  vibrate: unknown[];
  tones: number;
  locks: number;
  released: number;
  /** What the browser does to wake locks when the page is hidden. */
  drop: () => void;
}

/** Records vibrations, tones and wake locks instead of making them. */
function spies(): void {
  const w = window as unknown as { cues: Cues };
  const held: { released: boolean }[] = [];
  w.cues = {
    vibrate: [],
    tones: 0,
    locks: 0,
    released: 0,
    drop: () => {
      for (const s of held) s.released = true;
    },
  };
  Object.defineProperty(Navigator.prototype, 'vibrate', {
    configurable: true,
    value: (pattern: unknown) => {
      w.cues.vibrate.push(pattern);
      return true;
    },
  });
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    get: () => ({
      request: async () => {
        w.cues.locks++;
        const sentinel = {
          released: false,
          release: async () => {
            sentinel.released = true;
            w.cues.released++;
          },
        };
        held.push(sentinel);
        return sentinel;
      },
    }),
  });
  const param = { value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} };
  const node = { connect: (next: unknown) => next, start() {}, stop() {}, frequency: param, gain: param };
  (window as unknown as { AudioContext: unknown }).AudioContext = class {
    currentTime = 0;
    destination = {};
    resume = async () => undefined;
    createOscillator() {
      w.cues.tones++;
      return node;
    }
    createGain() {
      return node;
    }
  };
}

const cues = (page: Page) =>
  page.evaluate(() => {
    const { drop, ...counts } = (window as unknown as { cues: Cues }).cues;
    return counts;
  });

async function open(path: string, options: { clock?: boolean; context?: BrowserContext } = {}): Promise<Page> {
  const context = options.context ?? (await env.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' }));
  const page = await context.newPage();
  await page.addInitScript(spies);
  if (options.clock) await page.clock.install();
  await page.goto(`${env.origin}${path}`);
  await page.locator('.guided.on').waitFor();
  return page;
}

/** The ids of the steps (or the safety check, or the done screen) a reader can see. */
const visible = (page: Page) =>
  page
    .locator('.guided .g-safety, .guided .g-step, .guided .g-done')
    .evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.id || (el.classList.contains('g-safety') ? 'safety' : 'done')),
    );

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim());

/** A finger (or mouse) drawn across the step from one point to another. */
async function swipe(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  await page.locator('.g-steps').evaluate(
    (area, [a, b]) => {
      const event = (type: string, [x, y]: number[]) =>
        new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, pointerType: 'touch', isPrimary: true, bubbles: true });
      area.dispatchEvent(event('pointerdown', a!));
      area.dispatchEvent(event('pointermove', b!));
      area.dispatchEvent(event('pointerup', b!));
    },
    [from, to],
  );
}

describe('the guided massage mode, in a real browser', () => {
  it('opens on the safety check: when not to massage and when to stop, with no timer, before step 1', async () => {
    const page = await open(pathOf(id));
    expect(await visible(page)).toEqual(['safety']);
    const check = page.locator('.g-safety');
    expect(await check.locator('h2').textContent()).toBe(id.ui.strings.safetyTitle);
    expect(await check.locator('li').allTextContents()).toEqual([...id.procedure.safety.doNot, ...id.procedure.safety.stopIf]);
    expect(await page.locator('.g-timer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: g.previous }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: g.begin }).click();
    expect(await visible(page)).toEqual([`${anchor}-1`]);
    expect(new URL(page.url()).hash).toBe(`#${anchor}-1`);
    // Back from step 1 is the safety check again, never a blank screen.
    await page.getByRole('button', { name: g.previous }).click();
    expect(await visible(page)).toEqual(['safety']);
    await page.context().close();
  });

  it('shows the first step alone, with its picture, big text and big buttons, asking only its own site', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await open(`${pathOf(id)}#${anchor}-1`, { context });
    expect(await visible(page)).toEqual([`${anchor}-1`]);
    const first = page.locator(`#${anchor}-1`);
    const img = first.locator('img');
    expect(await img.getAttribute('alt')).toBe(id.steps[0]!.alt);
    expect(await img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0)).toBe(true);
    // Large: most of the phone's width, a good part of its height.
    const picture = (await img.boundingBox())!;
    expect(picture.width).toBeGreaterThanOrEqual(0.66 * 360);
    expect(picture.height).toBeGreaterThanOrEqual(0.25 * 740);
    expect(await first.locator('.g-no').textContent()).toBe(`Langkah 1 dari ${total}`);
    const px = (selector: string) => first.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await px('h2')).toBeGreaterThanOrEqual(28);
    expect(await px('.g-text')).toBeGreaterThanOrEqual(20);
    expect(await page.locator('.g-time').textContent()).toBe('02:00');
    for (const button of await page.locator('.guided button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.height, (await button.textContent()) ?? '').toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(120);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(
      requests.every((url) => new URL(url).origin === env.origin),
      requests.join('\n'),
    ).toBe(true);
    await context.close();
  });

  it('turns the page by button, arrow keys and swipes, moving focus to the step heading', async () => {
    const page = await open(`${pathOf(id)}#${anchor}-1`);
    await page.getByRole('button', { name: g.next }).click();
    expect(await visible(page)).toEqual([`${anchor}-2`]);
    expect(await focusedText(page)).toBe(`Langkah 2 dari ${total} ${id.steps[1]!.title}`);
    expect(new URL(page.url()).hash).toBe(`#${anchor}-2`);
    await page.getByRole('button', { name: g.previous }).click();
    expect(await visible(page)).toEqual([`${anchor}-1`]);

    await page.keyboard.press('ArrowRight');
    expect(await visible(page)).toEqual([`${anchor}-2`]);
    await page.keyboard.press('ArrowLeft');
    expect(await visible(page)).toEqual([`${anchor}-1`]);

    await swipe(page, [300, 400], [100, 410]);
    expect(await visible(page)).toEqual([`${anchor}-2`]);
    expect(await focusedText(page)).toContain(id.steps[1]!.title);
    await swipe(page, [80, 400], [300, 390]);
    expect(await visible(page)).toEqual([`${anchor}-1`]);
    // Scrolling down the page, or a short wobble, turns nothing.
    await swipe(page, [200, 600], [150, 200]);
    await swipe(page, [200, 400], [170, 400]);
    expect(await visible(page)).toEqual([`${anchor}-1`]);
    await page.context().close();
  });

  it('counts the step down, pauses, keeps the screen awake while running, and gives the end cue', async () => {
    const page = await open(`${pathOf(id)}#${anchor}-3`, { clock: true });
    expect(await visible(page)).toEqual([`${anchor}-3`]);
    expect(await page.locator('.g-time').textContent()).toBe('00:30');
    const play = page.locator('.g-play');
    await play.click();
    expect(await play.textContent()).toBe(g.pause);
    await page.clock.runFor(10_000);
    expect(await page.locator('.g-time').textContent()).toBe('00:20');
    expect((await cues(page)).locks).toBe(1);

    // Space pauses and resumes when the focus is not on a control.
    await page.locator(`#${anchor}-3 h2`).focus();
    await page.keyboard.press(' ');
    expect(await play.textContent()).toBe(g.resume);
    expect((await cues(page)).released).toBe(1);
    await page.clock.runFor(10_000);
    expect(await page.locator('.g-time').textContent()).toBe('00:20');
    await page.keyboard.press(' ');
    expect(await play.textContent()).toBe(g.pause);

    // A visibility change while the lock is held takes no second lock…
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.clock.runFor(500);
    expect((await cues(page)).locks).toBe(2);
    // …but back from another app, where the browser dropped it, the lock is taken again.
    await page.evaluate(() => {
      (window as unknown as { cues: Cues }).cues.drop();
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(async () => (await cues(page)).locks).toBe(3);

    expect((await cues(page)).vibrate).toEqual([]);
    await page.clock.runFor(20_500);
    expect(await page.locator('.g-time').textContent()).toBe('00:00');
    expect(await page.locator('.g-status').textContent()).toBe(g.timeUp);
    expect(await page.locator('.g-status').getAttribute('aria-live')).toBe('polite');
    expect(await play.textContent()).toBe(g.restart);
    const after = await cues(page);
    expect(after.vibrate).toHaveLength(1);
    expect(after.tones).toBeGreaterThan(0);
    expect(after.released).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it('remembers when sound and vibration are switched off, and then stays quiet', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    let page = await open(`${pathOf(id)}#${anchor}-3`, { context, clock: true });
    const toggle = page.getByLabel(g.sound);
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.reload();
    await page.locator('.guided.on').waitFor();
    expect(await page.getByLabel(g.sound).isChecked()).toBe(false);
    await page.locator('.g-play').click();
    await page.clock.runFor(31_000);
    expect(await page.locator('.g-status').textContent()).toBe(g.timeUp);
    expect(await cues(page)).toMatchObject({ vibrate: [], tones: 0 });
    await page.close();
    page = await context.newPage();
    await page.goto(`${env.origin}${pathOf(id)}`);
    expect(await page.getByLabel(g.sound).isChecked()).toBe(false);
    await context.close();
  });

  it('ends on a done screen with the aftercare, a way back and a way to start again', async () => {
    const page = await open(`${pathOf(id)}#${anchor}-${total}`);
    const finish = page.getByRole('button', { name: g.finish });
    await finish.click();
    expect(await visible(page)).toEqual(['done']);
    expect(await focusedText(page)).toBe(g.done);
    expect(await page.locator('.g-done li').allTextContents()).toEqual(id.procedure.aftercare);
    expect(await page.locator('.g-timer').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: g.back }).getAttribute('href')).toBe(`/id/${id.pages.find((p) => p.data.key === 'massage')!.data.slug}/`);
    await page.getByRole('link', { name: g.again }).click();
    await expect.poll(() => visible(page)).toEqual([`${anchor}-1`]);
    await page.context().close();
  });

  it('opens the English page at the step its address names (#step-5)', async () => {
    const page = await open(`${pathOf(en)}#${en.ui.strings.stepAnchor}-5`);
    expect(await visible(page)).toEqual([`${en.ui.strings.stepAnchor}-5`]);
    expect(await page.locator('.g-step:not([hidden]) .g-no').textContent()).toBe(`Step 5 of ${en.steps.length}`);
    expect(await focusedText(page)).toContain(en.steps[4]!.title);
    expect(await page.locator('.g-time').textContent()).toBe('03:00');
    await page.context().close();
  });

  it('fits a 320 px screen: nothing scrolls sideways, every button label fits its button', async () => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, serviceWorkers: 'block' });
    const page = await open(`${pathOf(id)}#${anchor}-${total}`, { context });
    for (const screen of ['last step', 'done']) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, screen).toBeLessThanOrEqual(0);
      const clipped = await page
        .locator('.guided button')
        .evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent));
      expect(clipped, screen).toEqual([]);
      if (screen !== 'done') await page.locator('.g-next').click();
    }
    await context.close();
  });

  // 200% page zoom on a 320 × 640 phone leaves a 160 × 320 CSS viewport; Android's largest text size doubles the
  // text (here the root font size) on a 320 px one. Both with the timer running, and on the first and last screens.
  it.each([
    ['200% zoom on a 320 px screen', { width: 160, height: 320 }, ''],
    ['the largest text size on a 320 px screen', { width: 320, height: 640 }, '200%'],
  ])('at %s, fits every control and label, and shows the step with the timer running', async (_name, viewport, fontSize) => {
    const context = await env.browser.newContext({ viewport, serviceWorkers: 'block' });
    if (fontSize)
      await context.addInitScript((size) => document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = size)), fontSize);
    const page = await open(pathOf(id), { context, clock: true });
    const problems = () =>
      page.evaluate(() => {
        const found: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
        const controls = [...document.querySelectorAll<HTMLElement>('.guided button, .guided .g-sound, .guided .g-links a, .g-left, .g-time, .g-no')];
        for (const el of controls.filter((c) => c.offsetParent !== null)) {
          const box = el.getBoundingClientRect();
          const name = el.textContent?.trim() || el.className;
          if (el.scrollWidth > el.clientWidth + 1) found.push(`"${name}" is cut (${el.scrollWidth} > ${el.clientWidth})`);
          if (box.left < -1 || box.right > root.clientWidth + 1) found.push(`"${name}" runs off the screen (${box.left}–${box.right})`);
        }
        return found;
      });
    expect(await problems(), 'the safety check').toEqual([]);
    await page.getByRole('button', { name: g.begin }).click();
    await page.getByRole('button', { name: g.start }).click();
    await page.clock.runFor(3000);
    expect(await page.locator('.g-play').textContent()).toBe(g.pause);
    expect(await problems(), 'step 1, timer running').toEqual([]);
    // The step's instruction can be read with the timer running: a panel kept on screen leaves most of the screen
    // to the step, and the instruction's first lines start above it, uncovered.
    const reading = await page.locator('.g-step:not([hidden]) .g-text').evaluate((text) => {
      text.scrollIntoView({ block: 'start' });
      const box = text.getBoundingClientRect();
      const panel = document.querySelector<HTMLElement>('.g-panel')!;
      const kept = getComputedStyle(panel).position === 'sticky';
      const top = kept ? panel.getBoundingClientRect().top : innerHeight;
      const line = parseFloat(getComputedStyle(text).lineHeight);
      return { kept, share: kept ? panel.offsetHeight / innerHeight : 0, free: top - box.top, line, top: box.top };
    });
    expect(reading.share, JSON.stringify(reading)).toBeLessThanOrEqual(0.4);
    expect(reading.top, JSON.stringify(reading)).toBeGreaterThanOrEqual(-1);
    expect(reading.free, `at least three lines of the instruction show: ${JSON.stringify(reading)}`).toBeGreaterThanOrEqual(3 * reading.line);
    for (let i = 0; i < total; i++) await page.locator('.g-next').click();
    expect(await visible(page)).toEqual(['done']);
    expect(await problems(), 'done').toEqual([]);
    await context.close();
  });

  it('moves without any animation when the reader asks for reduced motion', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await open(`${pathOf(id)}#${anchor}-1`, { context });
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await context.close();
  });

  it('without JavaScript, lists the safety check, every step with its picture, text and time, then the aftercare', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${env.origin}${pathOf(id)}`);
    expect(await page.locator('.g-safety').isVisible()).toBe(true);
    const items = page.locator('.guided .g-step');
    expect(await items.count()).toBe(total);
    for (const [i, step] of id.steps.entries()) {
      const item = items.nth(i);
      expect(await item.isVisible()).toBe(true);
      expect(await item.locator('.g-title').textContent()).toBe(step.title);
      expect(await item.locator('img').getAttribute('alt')).toBe(step.alt);
      expect(await item.locator('.g-text').textContent()).toBe(step.short);
      expect(await item.locator('.duration').isVisible()).toBe(true);
    }
    expect(await page.locator('.g-done').isVisible()).toBe(true);
    expect(await page.locator('.g-panel').isVisible()).toBe(false);
    expect(await page.locator('.g-sound').isVisible()).toBe(false);
    await context.close();
  });
});
