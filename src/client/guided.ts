/**
 * Guided massage page only (components/GuidedMode.astro). Turns the list of steps into one step per screen with a
 * timer, for a helper with one free hand: big buttons, swipes, arrow keys and Space. The first screen is the safety
 * check and the last the aftercare; only the steps between have a timer. The screen stays awake while
 * the timer runs; a soft tone and a buzz mark the end of a step unless switched off. Nothing leaves the device:
 * the on/off choice is kept in localStorage. The decisions live in guided-logic.ts, where tests reach them.
 */
import { clock, stepFromHash, swipeDirection } from './guided-logic.ts';

const root = document.querySelector<HTMLElement>('.guided');
if (root) guide(root);

function guide(root: HTMLElement): void {
  const d = root.dataset as { [key in 'anchor' | 'start' | 'pause' | 'resume' | 'restart' | 'next' | 'finish' | 'timeUp' | 'begin']: string };
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  // Typed by the handler: a keydown handler takes a KeyboardEvent, a pointer handler a PointerEvent.
  const on = <E extends Event>(target: EventTarget, type: string, fn: (event: E) => void) => target.addEventListener(type, fn as EventListener);
  // Screen 0 is the safety check, 1…n the steps, the last the aftercare.
  const screens = [...root.querySelectorAll<HTMLElement>('.g-safety, .g-step, .g-done')];
  const done = screens.length - 1;
  const isStep = (i: number) => i > 0 && i < done;
  const timer = $('.g-timer');
  const time = $('.g-time');
  const play = $<HTMLButtonElement>('.g-play');
  const status = $('.g-status');
  const prev = $<HTMLButtonElement>('.g-prev');
  const next = $<HTMLButtonElement>('.g-next');
  const sound = $<HTMLInputElement>('.g-sound input');
  const KEY = 'lancar-guided-sound';

  let at = 0;
  /** Milliseconds left on the current step's timer, and when it ends while it runs. */
  let left = 0;
  let end = 0;
  let tick = 0;
  let lock: WakeLockSentinel | null = null;
  let audio: AudioContext | undefined;

  const store = (value?: string) => {
    try {
      return value ? localStorage.setItem(KEY, value) : localStorage.getItem(KEY);
    } catch {
      return null; // storage switched off: the switch still works for this visit
    }
  };
  sound.checked = store() !== '0';

  // Browsers let a page make sound only after a tap, so the tone's context is opened on one.
  const unmute = () => {
    try {
      if (sound.checked && window.AudioContext) {
        audio ??= new AudioContext();
        void audio.resume();
      }
    } catch {
      // no sound on this phone: the buzz and the words on screen remain
    }
  };
  on(sound, 'change', () => {
    store(sound.checked ? '1' : '0');
    unmute();
  });

  const secondsOf = (i: number) => Number(screens[i]!.dataset.seconds) * 1000;
  const show = () => (time.textContent = clock(left / 1000));

  async function awake(): Promise<void> {
    if (lock && !lock.released) return; // still held: one lock, one release
    try {
      const sentinel = await navigator.wakeLock?.request('screen');
      if (tick) lock = sentinel;
      else sentinel?.release(); // paused while the request was on its way
    } catch {
      // no lock (battery saver, old browser): the timer still runs
    }
  }
  const sleep = () => {
    lock?.release();
    lock = null;
  };
  // The browser drops the lock when the page is hidden; take it again on return if the timer still runs.
  on(document, 'visibilitychange', () => tick && document.visibilityState === 'visible' && awake());

  function halt(label: string): void {
    clearInterval(tick);
    tick = 0;
    play.textContent = label;
    sleep();
  }

  function cue(): void {
    if (!sound.checked) return;
    navigator.vibrate?.([200, 100, 200]);
    if (!audio) return;
    // Two soft falling notes, faded in and out so they never click.
    [659, 523].forEach((hz, n) => {
      const osc = audio!.createOscillator();
      const gain = audio!.createGain();
      const t = audio!.currentTime + n * 0.35;
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.15, t + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.9);
      osc.connect(gain).connect(audio!.destination);
      osc.start(t);
      osc.stop(t + 1);
    });
  }

  function count(): void {
    left = Math.max(0, end - Date.now());
    show();
    if (left) return;
    halt(d.restart);
    status.textContent = d.timeUp;
    cue();
  }

  function toggle(): void {
    if (!isStep(at)) return;
    if (tick) {
      left = Math.max(0, end - Date.now());
      halt(d.resume);
      show();
      return;
    }
    unmute();
    if (!left) left = secondsOf(at);
    status.textContent = '';
    end = Date.now() + left;
    tick = window.setInterval(count, 250);
    play.textContent = d.pause;
    show();
    void awake();
  }

  // The panel stays under the thumb while it leaves most of the screen to the step; with large text or a high
  // zoom it would cover the step, so then it follows the step instead (measured on every screen: the timer row
  // shows on steps only).
  const panel = root.querySelector<HTMLElement>('.g-panel')!;
  const fitPanel = () => panel.classList.toggle('g-flow', panel.offsetHeight > innerHeight * 0.4);

  function go(i: number, focus = true): void {
    if (i < 0 || i > done) return;
    halt(d.start);
    at = i;
    for (const [n, s] of screens.entries()) s.hidden = n !== i;
    timer.hidden = !isStep(i);
    left = isStep(i) ? secondsOf(i) : 0;
    show();
    status.textContent = '';
    prev.disabled = i === 0;
    next.disabled = i === done;
    next.textContent = i === 0 ? d.begin : i === done - 1 ? d.finish : d.next;
    fitPanel();
    if (focus) {
      // The address keeps the step, so a reload or the language switch comes back to it. (Not on arrival
      // without one: the browser would then scroll the page to the step as it finishes loading.)
      history.replaceState(null, '', isStep(i) ? `#${d.anchor}-${i}` : location.pathname);
      screens[i]!.querySelector('h2')!.focus({ preventScroll: true });
      root.scrollIntoView();
    }
  }

  on(play, 'click', toggle);
  on(prev, 'click', () => go(at - 1));
  on(next, 'click', () => go(at + 1));

  on(document, 'keydown', (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey || target.matches('input:not([type=checkbox]),textarea,select')) return;
    if (e.key === 'ArrowRight') go(at + 1);
    else if (e.key === 'ArrowLeft') go(at - 1);
    // Space keeps its own meaning on buttons, links and the switch.
    else if (e.key === ' ' && !target.closest('a,button,input')) {
      e.preventDefault();
      toggle();
    }
  });

  // Swipes: the finger's start and end decide; a vertical scroll cancels the pointer and so turns nothing.
  let x = NaN;
  let y = NaN;
  for (const area of [$('.g-safety'), $('.g-steps'), $('.g-done')]) {
    on(area, 'pointerdown', (e: PointerEvent) => {
      x = e.clientX;
      y = e.clientY;
    });
    on(area, 'pointercancel', () => (x = NaN));
    on(area, 'pointerup', (e: PointerEvent) => {
      const way = swipeDirection(e.clientX - x, e.clientY - y);
      x = NaN;
      if (way) go(at + way);
    });
  }

  // A step's anchor (#langkah-3) names its screen; the safety check before it is screen 0.
  const stepCount = done - 1;
  on(window, 'hashchange', () => {
    const i = stepFromHash(location.hash, d.anchor, stepCount);
    if (i >= 0) go(i + 1);
  });

  root.classList.add('on');
  for (const el of root.querySelectorAll<HTMLElement>('.g-panel, .g-sound')) el.hidden = false;
  on(window, 'resize', fitPanel);
  // Without a step in the address the mode opens on the safety check.
  const start = stepFromHash(location.hash, d.anchor, stepCount);
  go(start + 1, start >= 0);
}
