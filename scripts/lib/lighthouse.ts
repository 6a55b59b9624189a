/**
 * Lighthouse over the served dist/, as a cheap phone would see it: the default (mobile) config, so simulated
 * slow 4G and a 4× slower CPU, in Debian's Chromium (never a downloaded browser). One browser for every page;
 * Lighthouse clears the cache and storage before each run. Simulated timings scale what the main thread really
 * took, so a busy machine inflates TBT and FCP: each page runs several times and the median run (by performance
 * score, then LCP) is kept, with Lighthouse's CPU benchmark index to judge how busy the machine was.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The pages the lead tracks: the first page, the procedure, search and danger signs, and one other language. */
export const LIGHTHOUSE_PAGES = ['/id/', '/id/pijat-oksitosin/', '/id/cari/', '/id/tanda-bahaya/', '/en/'];

export interface FailingAudit {
  id: string;
  title: string;
  category: Category;
  score: number;
  /** 0: a diagnostic that does not move the category score. */
  weight: number;
  displayValue?: string;
}

export interface LighthousePage {
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Milliseconds, except CLS (unitless). */
  fcp?: number;
  lcp?: number;
  tbt?: number;
  cls?: number;
  failing: FailingAudit[];
  warnings: string[];
  /** Lighthouse's CPU benchmark for the kept run (a desktop is ~1500–2500; lower means a slow or busy machine). */
  benchmarkIndex?: number;
  /** Performance scores of every run, for the spread. */
  performanceRuns: number[];
  /** The HTML report, for the details Lighthouse shows (elements, savings). */
  report?: string;
  error?: string;
}

/**
 * The audits that count against a score: binary ones not passed, numeric ones under Lighthouse's own "pass"
 * mark (0.9). Informative and not-applicable audits are left out.
 */
function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  const seen = new Set<string>();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || seen.has(ref.id) || audit.score === null) continue;
      const threshold = audit.scoreDisplayMode === 'binary' ? 1 : 0.9;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) || audit.score >= threshold) continue;
      seen.add(ref.id);
      failing.push({ id: ref.id, title: audit.title, category, score: audit.score, weight: ref.weight, displayValue: audit.displayValue });
    }
  }
  return failing;
}

/** Runs Lighthouse on each path below `origin`; a page that fails is reported with its error, not thrown. */
export async function runLighthouse(origin: string, paths: string[] = LIGHTHOUSE_PAGES, runs = 3): Promise<LighthousePage[]> {
  const reports = join(tmpdir(), 'lancar-lighthouse');
  mkdirSync(reports, { recursive: true });
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const pages: LighthousePage[] = [];
  try {
    for (const path of paths) {
      const empty = Object.fromEntries(CATEGORIES.map((c) => [c, null])) as Record<Category, number | null>;
      try {
        const results: { lhr: Result; report: string }[] = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(`${origin}${path}`, {
            port: chrome.port,
            logLevel: 'error',
            output: 'html',
            onlyCategories: [...CATEGORIES],
          });
          if (!result) throw new Error('Lighthouse returned nothing');
          results.push({ lhr: result.lhr, report: String(result.report) });
        }
        const perfScore = (lhr: Result) => lhr.categories.performance?.score ?? 0;
        const lcpOf = (lhr: Result) => lhr.audits['largest-contentful-paint']?.numericValue ?? 0;
        results.sort((a, b) => perfScore(a.lhr) - perfScore(b.lhr) || lcpOf(b.lhr) - lcpOf(a.lhr));
        const { lhr, report: html } = results[Math.floor(results.length / 2)]!;
        const numeric = (id: string) => lhr.audits[id]?.numericValue;
        const score = (c: Category) => {
          const s = lhr.categories[c]?.score;
          return s === null || s === undefined ? null : Math.round(s * 100);
        };
        const report = join(reports, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}.html`);
        writeFileSync(report, html);
        pages.push({
          path,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number | null>,
          fcp: numeric('first-contentful-paint'),
          lcp: numeric('largest-contentful-paint'),
          tbt: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          failing: failingAudits(lhr),
          warnings: [...lhr.runWarnings.map(String), ...(lhr.runtimeError ? [lhr.runtimeError.message] : [])],
          benchmarkIndex: lhr.environment.benchmarkIndex,
          performanceRuns: results.map((r) => Math.round(perfScore(r.lhr) * 100)),
          report,
        });
      } catch (error) {
        pages.push({ path, scores: empty, failing: [], warnings: [], performanceRuns: [], error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    chrome.kill();
  }
  return pages;
}

/** A table per page, then the failing audits once each with the pages they fail on. */
export function formatLighthouse(pages: LighthousePage[]): string[] {
  const head = ['page', 'Perf', 'A11y', 'BP', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'Perf runs', 'CPU index'];
  const seconds = (ms?: number) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
  const rows = pages.map((p) => [
    p.path,
    ...CATEGORIES.map((c) => (p.scores[c] === null ? '–' : String(p.scores[c]))),
    seconds(p.fcp),
    seconds(p.lcp),
    p.tbt === undefined ? '–' : `${p.tbt.toFixed(0)} ms`,
    p.cls === undefined ? '–' : p.cls.toFixed(3),
    p.performanceRuns.join(' '),
    p.benchmarkIndex === undefined ? '–' : p.benchmarkIndex.toFixed(0),
  ]);
  const lines = table(head, rows);
  for (const p of pages) {
    if (p.error) lines.push(`  ${p.path}: Lighthouse failed: ${p.error}`);
    for (const w of p.warnings) lines.push(`  ${p.path}: warning: ${w}`);
  }
  const byAudit = new Map<string, { audit: FailingAudit; pages: string[] }>();
  for (const p of pages) {
    for (const audit of p.failing) {
      const entry = byAudit.get(audit.id) ?? { audit, pages: [] };
      entry.pages.push(p.path + (audit.displayValue ? ` (${audit.displayValue})` : ''));
      byAudit.set(audit.id, entry);
    }
  }
  if (byAudit.size === 0) {
    lines.push('  No failing audits.');
  } else {
    lines.push('  Failing audits:');
    for (const { audit, pages: on } of byAudit.values()) {
      lines.push(`    [${audit.category}${audit.weight === 0 ? ', diagnostic: no effect on the score' : ''}] ${audit.id}: ${audit.title}`);
      lines.push(`      on ${on.join(', ')}`);
    }
  }
  const report = pages.find((p) => p.report)?.report;
  if (report) lines.push(`  HTML reports: ${join(report, '..')}/`);
  return lines;
}

/** Left-aligned first column, right-aligned numbers, two-space indent. */
export function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`.trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
