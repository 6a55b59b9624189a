/**
 * The checks that keep bad content out of the build, variant by variant (tests/build/bad-content.test.ts builds
 * one case of each kind): active drawings, MDX that would run code, links that lead nowhere, bytes that are not
 * text, YAML tricks, and files that are not what they seem.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeContent, svgSafetyProblems, yamlShapeProblems } from '../../src/content/file-door.ts';
import { builtLinkProblems, internalLinks, pageLinkProblems } from '../../src/content/links.ts';
import { activeContentProblems, parseMdx } from '../../src/content/mdx.ts';
import { scanContentFolder } from '../../src/content/read-files.ts';
import { realContent } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';

const SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">';
const svg = (body: string) => svgSafetyProblems('content/illustrations/x.svg', `${SVG_HEAD}\n${body}\n</svg>`).map((p) => `${p.file} ${p.message}`);

describe('a drawing', () => {
  it('passes when it holds only shapes, words and #fragment links', () => {
    expect(svg('<title>t</title><g fill="none"><path d="M0 0L1 1"/><text x="1">a &lt; b</text></g><path fill="url(#g)"/>')).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', '<script> is not allowed'],
    ['<path d="M0 0" onclick="alert(1)"/>', 'the onclick attribute on <path> runs script'],
    ['<path d="M0 0" ONLOAD="alert(1)"/>', 'the ONLOAD attribute on <path> runs script'],
    ['<foreignObject><div/></foreignObject>', '<foreignObject> is not allowed'],
    ['<iframe src="https://x"/>', '<iframe> is not allowed'],
    ['<embed src="x"/>', '<embed> is not allowed'],
    ['<object data="x"/>', '<object> is not allowed'],
    ['<style>@import url(https://x/a.css)</style>', '<style> is not allowed'],
    ['<path style="fill:url(https://x/p)"/>', 'loads or runs something'],
    ['<path style=\'x:1;@import "a"\'/>', 'loads or runs something'],
    ['<a href="javascript:alert(1)"><path/></a>', 'href="javascript:alert(1)" on <a> points outside the drawing'],
    ['<g xlink:href="data:text/html,hi"/>', 'points outside the drawing'],
    ['<use href="other.svg#a"/>', '<use> is not allowed'],
    ['<animate attributeName="href" to="javascript:alert(1)"/>', '<animate> is not allowed'],
    ['<set attributeName="href" to="javascript:alert(1)"/>', '<set> is not allowed'],
    ['<![CDATA[<script>alert(1)</script>]]>', 'CDATA section'],
    ['<?xml-stylesheet href="https://x/a.css"?>', 'processing instruction'],
    ['<image href="https://x/a.png"/>', '<image> is not allowed'],
  ])('with %s is refused at its line', (body, says) => {
    const problems = svg(body);
    expect(problems.join('\n')).toContain(says);
    expect(problems[0]).toMatch(/^content\/illustrations\/x\.svg:2 /);
  });

  it('with a DOCTYPE and entities (XXE, billion laughs) is refused', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY lol "lol">\n]>\n${SVG_HEAD}</svg>`;
    expect(svgSafetyProblems('d.svg', text).map((p) => p.file + p.message)).toEqual([
      'd.svg:2has a DOCTYPE declaration (entities can read files or explode in size); remove it',
      'd.svg:3has an ENTITY declaration (entities can read files or explode in size); remove it',
    ]);
  });

  it('of the kit passes, every one', () => {
    const { problems } = scanContentFolder(join(ROOT, 'content'));
    expect(problems).toEqual([]);
  });
});

const mdx = (body: string) => activeContentProblems(parseMdx(`---\nkey: x\n---\n\n${body}\n`), 'content/en/x.mdx').map((p) => `${p.field} ${p.message}`);

describe('an MDX page', () => {
  it('passes with Markdown, kit components and safe links', () => {
    expect(mdx('Text [a](/en/x/#b) [b](https://example.org) [c](mailto:a@b.c) [d](#top)\n\n<Cite id="x" />')).toEqual([]);
  });

  it.each([
    ["import x from './x.js'", 'line 5 import/export statements run code'],
    ['export const a = 1', 'line 5 import/export statements run code'],
    ['Text {1 + 1} more', 'line 5 {…} is a JavaScript expression'],
    ['{process.exit(1)}', 'line 5 {…} is a JavaScript expression'],
    ['{/* a comment hiding text */}', 'line 5 {…} is a JavaScript expression or a comment'],
    ['[x](javascript:alert(1))', 'line 5 links to "javascript:alert(1)"'],
    ['[x](JavaScript:alert(1))', 'line 5 links to "JavaScript:alert(1)"'],
    ['[x](data:text/html,hi)', 'line 5 links to "data:text/html,hi"'],
    ['[x][r]\n\n[r]: vbscript:x', 'line 7 links to "vbscript:x"'],
    ['![pixel](https://tracker.example/p.png)', 'line 5 shows the image "https://tracker.example/p.png" from outside the site'],
    ['[x](&#106;avascript:alert(1))', 'line 5 links to "javascript:alert(1)"'],
  ])('with %s is refused at its line', (body, says) => {
    expect(mdx(body).join('\n')).toContain(says);
  });
});

describe('internal links', () => {
  const pages = [
    {
      locale: 'en',
      file: 'content/en/a.mdx',
      slug: 'a',
      source: '---\nk: 1\n---\n\n[b](/en/b/) [gone](/en/gone/#x)\n\n[no slash](/en/b)\n\n[pdf](/en/leaflet.pdf)',
    },
    { locale: 'en', file: 'content/en/b.mdx', slug: 'b', source: '---\nk: 1\n---\n\n[a](/en/a/#step-9) [home](/en/)' },
    { locale: 'en', file: 'content/en/index.mdx', slug: '', source: '' },
  ];

  it('that name no page of the language are refused before Astro, at the source line', () => {
    expect(pageLinkProblems(pages, ['en']).map((p) => `${p.file} ${p.field} ${p.message}`)).toEqual([
      'content/en/a.mdx line 5 links to /en/gone/#x, which is not a page of content/en/; use the slug of an existing page',
      'content/en/a.mdx line 7 links to /en/b, which is not a page of content/en/ (page addresses end with "/": /en/b/); use the slug of an existing page',
    ]);
  });

  it('whose page or section the built site lacks are refused in the address step, at the source line', () => {
    const site = { paths: new Set(['/en/a/', '/en/b/', '/en/']), ids: new Map([['/en/a/', new Set(['step-1'])]]) };
    expect(builtLinkProblems(internalLinks(pages), site).map((p) => `${p.file} ${p.field} ${p.message.split(';')[0]}`)).toEqual([
      'content/en/a.mdx line 5 links to /en/gone/#x, which the site does not have',
      'content/en/a.mdx line 7 links to /en/b, which the site does not have',
      'content/en/a.mdx line 9 links to /en/leaflet.pdf, which the site does not have',
      'content/en/b.mdx line 5 links to /en/a/#step-9, but /en/a/ has no section #step-9',
    ]);
  });

  it('of the kit all name pages of their language', () => {
    const content = realContent();
    const all = content.locales.flatMap((l) => content.byLocale.get(l)!.pages.map((p) => ({ locale: l, file: p.file, slug: p.data.slug, source: p.source })));
    expect(internalLinks(all).length).toBeGreaterThan(50);
    expect(pageLinkProblems(all, content.locales)).toEqual([]);
  });
});

describe('a file whose bytes are not plain text', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const text = (s: string) => new TextEncoder().encode(s);

  it.each([
    ['Latin-1 é', bytes(0x61, 0x0a, 0x62, 0xe9, 0x63), 'x.yaml:2', 'is not UTF-8 (bad byte at offset 3)'],
    ['a cut character', bytes(0x61, 0xe2, 0x82), 'x.yaml:1', 'is not UTF-8 (bad byte at offset 1)'],
    ['an overlong NUL', bytes(0x61, 0xc0, 0x80), 'x.yaml:1', 'is not UTF-8 (bad byte at offset 1)'],
    ['a BOM', text('\uFEFFa: 1'), 'x.yaml:1', 'byte-order mark'],
    ['a NUL', text('a: 1\nb: \u0000'), 'x.yaml:2', 'hidden character U+0000'],
    ['U+FFFD', text('a: \uFFFD'), 'x.yaml:1', 'hidden character U+FFFD'],
    ['a bidi override (Trojan Source)', text('a: 1\n\nb: "x\u202Ey"'), 'x.yaml:3', 'hidden character U+202E'],
    ['a bidi isolate', text('a: "\u2066x"'), 'x.yaml:1', 'hidden character U+2066'],
    ['an escape character', text('a: "\u001b[31m"'), 'x.yaml:1', 'hidden character U+001B'],
  ])('(%s) is refused with its line', (_, input, file, says) => {
    const { text: decoded, problem } = decodeContent('x.yaml', input);
    expect(decoded).toBeUndefined();
    expect(problem?.file).toBe(file);
    expect(problem?.message).toContain(says);
  });

  it('is read when it is UTF-8 with tabs, newlines and Indonesian or accented letters', () => {
    expect(decodeContent('x', text('a:\tpijat oksitosin — é ✓\r\n')).text).toBe('a:\tpijat oksitosin — é ✓\r\n');
  });
});

describe('YAML', () => {
  const shape = (t: string) => yamlShapeProblems('x.yaml', t).map((p) => `${p.file} ${p.message}`);

  it('refuses anchors, aliases (billion laughs), merge keys, tags and keys written twice', () => {
    const laughs = 'a: &a ["lol","lol"]\nb: &b [*a,*a]\nc: [*b,*b]\n';
    expect(shape(laughs).join('\n')).toContain('x.yaml:1 has the anchor &a');
    expect(shape(laughs).join('\n')).toContain('x.yaml:2 uses the alias *a');
    expect(shape('base: {a: 1}\nx:\n  <<: {a: 2}\n').join('\n')).toContain('x.yaml:3 has a merge key <<');
    expect(shape('a: !!binary aGk=\n')).toEqual(['x.yaml:1 has the tag tag:yaml.org,2002:binary; write plain text, numbers, lists and keys']);
    expect(shape('a: !custom x\n').join('\n')).toContain('has the tag !custom');
    expect(shape('title: a\ntext: b\ntitle: c\n')).toEqual(['x.yaml:3 has a key written twice; keep one']);
  });

  it('passes plain keys, text, numbers, lists and dates', () => {
    expect(shape('a: 1\nb: [x, "y"]\nc: {d: 1.5}\nchecked: 2026-11-30\ne: ~\nf: true\ng: |\n  text\n')).toEqual([]);
  });
});

describe('the content folder', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'lancar-door-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'en'));
    return dir;
  };

  it('refuses a symbolic link, an odd file name and a huge file, naming each', () => {
    const dir = folder();
    symlinkSync('/etc/passwd', join(dir, 'en', 'secret.yaml'));
    writeFileSync(join(dir, 'en', 'Bad Name;rm.mdx'), 'x');
    writeFileSync(join(dir, 'en', 'big.yaml'), 'a'.repeat(1_000_001));
    const said = scanContentFolder(dir).problems.map((p) => `${p.file} ${p.message}`);
    expect(said).toContainEqual(expect.stringMatching(/^content\/en\/secret\.yaml is a symbolic link/));
    expect(said).toContainEqual(expect.stringMatching(/^content\/en\/Bad Name;rm\.mdx has a name with characters/));
    expect(said).toContainEqual(expect.stringMatching(/^content\/en\/big\.yaml is 1000001 bytes, over the 1000000/));
  });

  it('reads the kit with no problem', () => {
    const dir = folder();
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    expect(scanContentFolder(dir).problems).toEqual([]);
  });
});
