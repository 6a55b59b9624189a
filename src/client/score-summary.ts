/**
 * Score summary page only (ScoreSummary.astro): reads the typed or imported scores, shows every problem with its
 * line, and when there is none draws the Baik/Cukup/Kurang table, the means and medians, a chart and each
 * participant's change, with CSV downloads and print. The arithmetic is score-summary-logic.ts. Nothing leaves
 * the browser: a file is read with file.arrayBuffer(), downloads are Blobs, and every text typed is shown with
 * textContent only.
 */
import { fill } from '../i18n/strings.ts';
import {
  BANDS,
  type Band,
  categorise,
  decodeFile,
  formatChange,
  formatFixed,
  formatScore,
  LIMITS,
  type Parsed,
  parseScores,
  type Settings,
  settingsProblems,
  summarise,
  toCsv,
} from './score-summary-logic.ts';
import type { Ui } from '../content/schemas/index.ts';

type Words = Ui['scoreSummary'] & {
  labels: Record<'number' | 'name' | 'pre' | 'post' | 'change' | 'category' | 'mean' | 'total' | Band, string>;
  lang: string;
};

const form = document.querySelector<HTMLFormElement>('form.ss-form');
const data = document.getElementById('ss-strings');

if (form && data) {
  const w = JSON.parse(data.textContent!) as Words;
  const L = w.labels;
  const results = document.querySelector<HTMLElement>('.ss-results')!;
  const problemsBox = form.querySelector<HTMLElement>('.ss-problems')!;
  const textarea = form.querySelector('textarea')!;
  const fileInput = form.querySelector<HTMLInputElement>('#ss-file')!;
  const numberInput = (id: string) => form.querySelector<HTMLInputElement>(`#ss-${id}`)!;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, parent?: Element) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    parent?.append(node);
    return node;
  };
  const tenths = (t: number) => formatFixed(t, 10, w.decimal);
  const SHOWN = 50;

  /** Problems, each with its line, in place above the (absent) results; the form is not counted until they go. */
  function showProblems(messages: string[], notes: string[]): void {
    problemsBox.replaceChildren();
    for (const note of notes) el('p', note, problemsBox).className = 'ss-note';
    if (!messages.length) return;
    el('p', fill(w.incomplete, { n: messages.length }), problemsBox).className = 'ss-alert';
    const list = el('ul', undefined, problemsBox);
    for (const m of messages.slice(0, SHOWN)) el('li', m, list);
    if (messages.length > SHOWN) el('p', fill(w.more, { n: messages.length - SHOWN }), problemsBox);
  }

  function run(fileProblem?: string): void {
    results.hidden = true;
    results.replaceChildren();
    document.documentElement.classList.remove('ss-done');
    const settings: Settings = { max: numberInput('max').valueAsNumber, good: numberInput('good').valueAsNumber, fair: numberInput('fair').valueAsNumber };
    const bad = settingsProblems(settings);
    for (const id of ['max', 'good', 'fair'])
      numberInput(id).setAttribute('aria-invalid', String(bad.includes(id as 'max') || (id !== 'max' && bad.includes('order'))));
    const messages = bad.map((code) => (code === 'max' ? fill(w.errors.max, { limit: LIMITS.maxScore }) : code === 'order' ? w.errors.order : w.errors.band));
    if (fileProblem) messages.unshift(fileProblem);
    if (bad.length || fileProblem) {
      showProblems(messages, []);
      return;
    }
    const text = textarea.value;
    const parsed: Parsed = parseScores(text, settings.max);
    const lines = text.split(/\r\n|\r|\n/);
    for (const p of parsed.problems) {
      const values = { ...p.values, line: p.line };
      if ('which' in values) values.which = L[values.which as 'pre' | 'post'];
      const typed = p.line > 0 ? lines[p.line - 1]!.trim() : '';
      // The line as typed follows its message so the reader sees what was read; shown as text, never markup.
      messages.push(fill(w.errors[p.code], values) + (typed && p.code !== 'tooMany' ? ` «${typed}»` : ''));
    }
    textarea.setAttribute('aria-invalid', String(messages.length > 0));
    const notes = parsed.header ? [fill(w.header, { line: parsed.header })] : [];
    if (!messages.length && !parsed.participants.length) messages.push(w.empty);
    showProblems(messages, notes);
    if (!messages.length) draw(parsed, settings);
  }

  /** A table whose `rowHeader` column names each row (the category, the participant). */
  function table(caption: string, head: (string | [string, number, number])[][], body: string[][], rowHeader = 1, className?: string): void {
    // site.css fits every article table to the screen (fixed layout, wrapping words): nothing scrolls sideways.
    const t = el('table', undefined, results);
    if (className) t.className = className;
    el('caption', caption, t);
    const thead = el('thead', undefined, t);
    for (const row of head) {
      const tr = el('tr', undefined, thead);
      for (const cell of row) {
        const [text, colSpan, rowSpan] = typeof cell === 'string' ? [cell, 1, 1] : cell;
        // An empty corner is a plain cell: a header must name something.
        const th = el(text ? 'th' : 'td', text, tr) as HTMLTableCellElement;
        if (text) th.scope = colSpan > 1 ? 'colgroup' : 'col';
        th.colSpan = colSpan;
        th.rowSpan = rowSpan;
      }
    }
    const tbody = el('tbody', undefined, t);
    for (const row of body) {
      const tr = el('tr', undefined, tbody);
      row.forEach((cell, i) => {
        const c = el(i === rowHeader ? 'th' : 'td', cell, tr);
        if (i === rowHeader) (c as HTMLTableCellElement).scope = 'row';
        // A phone shows each row as a card, every value after its column's name (ScoreSummary.astro).
        const label = head.length === 1 ? head[0]![i] : undefined;
        if (typeof label === 'string') c.dataset.label = label;
      });
    }
  }

  function download(name: string, rows: string[][]): void {
    const url = URL.createObjectURL(new Blob([toCsv(rows, w.csvSeparator)], { type: 'text/csv;charset=utf-8' }));
    const link = el('a');
    link.href = url;
    link.download = `${name}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function button(text: string, parent: Element, action: () => void): void {
    const b = el('button', text, parent);
    b.type = 'button';
    b.addEventListener('click', action);
  }

  function draw({ participants }: Parsed, settings: Settings): void {
    const s = summarise(participants, settings);
    const side = (k: 'before' | 'after', band: Band) => [String(s[k].counts[band]), tenths(s[k].percents[band])];
    const summaryRows = BANDS.map((band, i) => [String(i + 1), L[band], ...side('before', band), ...side('after', band)]);
    summaryRows.push(['', L.total, String(s.n), '100', String(s.n), '100']);
    const caption = fill(w.summaryCaption, { n: s.n });
    table(
      caption,
      [
        [
          [L.number, 1, 2],
          [L.category, 1, 2],
          [w.before, 2, 1],
          [w.after, 2, 1],
        ],
        [w.count, w.percent, w.count, w.percent],
      ],
      summaryRows,
    );
    el('p', fill(w.bandsUsed, { ...settings }), results);
    el('p', w.rounding, results);
    chart(s.before.counts, s.after.counts);
    table(
      fill(w.statsCaption, { max: settings.max }),
      [['', w.before, w.after]],
      [
        [L.mean, tenths(s.before.mean), tenths(s.after.mean)],
        [w.median, tenths(s.before.median), tenths(s.after.median)],
      ],
      0,
    );
    const peopleHead = [L.number, L.name, L.pre, L.post, L.change, w.categoryBefore, w.categoryAfter];
    const peopleRows = participants.map((p, i) => [
      String(i + 1),
      p.name,
      formatScore(p.pre, w.decimal),
      formatScore(p.post, w.decimal),
      formatChange(p.post - p.pre, w.decimal),
      L[categorise(p.pre, settings)],
      L[categorise(p.post, settings)],
    ]);
    // On screen one category column, "Kurang → Baik", and on a phone a card per participant, so a 320 px screen
    // never breaks words letter by letter; the CSV keeps both categories and the row number for a spreadsheet.
    table(
      w.peopleCaption,
      [[L.name, L.pre, L.post, L.change, L.category]],
      peopleRows.map(([, name, pre, post, change, before, after]) => [name!, pre!, post!, change!, `${before} → ${after}`]),
      0,
      'ss-people',
    );
    const actions = el('p', undefined, results);
    actions.className = 'ss-actions';
    const summaryHead = [L.number, L.category, `${w.before} ${w.count}`, `${w.before} ${w.percent}`, `${w.after} ${w.count}`, `${w.after} ${w.percent}`];
    button(w.exportSummary, actions, () => download(w.summaryFile, [summaryHead, ...summaryRows]));
    button(w.exportPeople, actions, () => download(w.peopleFile, [peopleHead, ...peopleRows]));
    button(w.print, actions, () => print());
    results.hidden = false;
    document.documentElement.classList.add('ss-done');
  }

  /** Bars per category, before (hatched) and after (solid), each with its count written on it: no colour needed. */
  function chart(before: Record<Band, number>, after: Record<Band, number>): void {
    const NS = 'http://www.w3.org/2000/svg';
    const svg = (tag: string, attrs: Record<string, string | number>, parent: Element, text?: string) => {
      const node = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      parent.append(node);
      return node;
    };
    const figure = el('figure', undefined, results);
    figure.className = 'ss-chart';
    const root = svg('svg', { viewBox: '0 0 320 256', role: 'img' }, figure);
    const alt = BANDS.map((band) => fill(w.chartItem, { category: L[band], before: before[band], after: after[band] })).join('; ');
    root.setAttribute('aria-label', `${w.chartTitle}. ${alt}.`);
    const pattern = svg(
      'pattern',
      { id: 'ss-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      svg('defs', {}, root),
    );
    svg('rect', { width: 2.5, height: 6, fill: 'currentColor' }, pattern);
    const top = 30;
    const base = 200;
    const bar = 36;
    // Bars scale to the largest count, so the tallest fills the chart; each bar's count is written on it.
    const most = Math.max(1, ...BANDS.flatMap((band) => [before[band], after[band]]));
    BANDS.forEach((band, i) => {
      const x = 20 + i * 100;
      [before[band], after[band]].forEach((count, j) => {
        const h = Math.round(((base - top) * count) / most);
        const bx = x + j * (bar + 4);
        svg('rect', { x: bx, y: base - h, width: bar, height: h, fill: j ? 'currentColor' : 'url(#ss-hatch)', stroke: 'currentColor' }, root);
        svg('text', { x: bx + bar / 2, y: base - h - 6, 'text-anchor': 'middle' }, root, String(count));
      });
      svg('text', { x: x + bar + 2, y: base + 20, 'text-anchor': 'middle' }, root, L[band]);
    });
    svg('line', { x1: 10, x2: 310, y1: base, y2: base, stroke: 'currentColor' }, root);
    // Legend: the hatched and the solid square with their words.
    [w.before, w.after].forEach((word, j) => {
      const x = 20 + j * 150;
      svg('rect', { x, y: 234, width: 16, height: 16, fill: j ? 'currentColor' : 'url(#ss-hatch)', stroke: 'currentColor' }, root);
      svg('text', { x: x + 22, y: 248 }, root, word);
    });
    el('figcaption', w.chartTitle, figure);
  }

  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    // A file too large is refused before it is read.
    const decoded = file.size > LIMITS.fileBytes ? ({ problem: 'fileLarge' } as const) : decodeFile(new Uint8Array(await file.arrayBuffer()));
    if ('problem' in decoded) return run(fill(w.errors[decoded.problem], { name: file.name, limit: LIMITS.fileBytes / 1000 }));
    textarea.value = decoded.text;
    run();
  });

  // Offline: keep this page and its scripts in the reader's saved cache, which the service worker answers from
  // and refreshes with each new build (site.ts, sw.ts). Only readers of this page pay for it.
  if ('caches' in window && navigator.onLine) {
    const scripts = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin && u.pathname.endsWith('.js'))
      .map((u) => u.pathname);
    void caches
      .open('lancar-saved')
      .then((cache) => cache.addAll([location.pathname, ...new Set(scripts)]))
      .catch(() => undefined);
  }
}
