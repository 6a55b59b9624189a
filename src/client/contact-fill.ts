/**
 * Fill-in page only (ContactForm.astro). Checks the typed contact text as the kader types, shows it in the preview
 * box, and on "download" fetches the chosen leaflet and its manifest (the only two requests, both same-origin),
 * appends the text as an incremental update and saves the result. Nothing typed leaves the browser.
 */
import type { FillManifest } from '../print/fill-manifest.ts';
import { toMm } from '../print/units.ts';
import { cleanText, contentStream, type FittedText, fitText, textWidth, unsupportedChars } from './contact-text.ts';
import { appendUpdate } from '../pdf/append.ts';

const form = document.querySelector<HTMLFormElement>('form.contact-form');

if (form) {
  const data = form.dataset as Record<string, string>;
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[data-field]')];
  const byId = (id: string) => document.getElementById(id)!;
  const status = form.querySelector<HTMLElement>('[role=status]')!;
  const box = form.querySelector<HTMLElement>('.box')!;
  const button = form.querySelector('button')!;
  const fix = byId('contact-fix');
  const announce = byId('contact-announce');
  /** A download is under way: the button stays disabled whatever the fields say. */
  let busy = false;
  /** Per field, the last threshold announced to screen readers (see `threshold`), so a count is said once. */
  const announced = inputs.map(() => 'ok');
  const manifests = new Map<string, Promise<FillManifest>>();
  let manifest: FillManifest | undefined;
  /** The chosen leaflet's contact box width in mm, which the preview box is drawn to. */
  let boxMm = 1;

  const choice = (name: string) => (form.elements.namedItem(name) as RadioNodeList).value;
  const chosen = () => document.querySelector<HTMLAnchorElement>(`a[data-paper="${choice('paper')}"][data-variant="${choice('variant')}"]`)!;

  const get = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response;
  };
  const manifestOf = (link: HTMLAnchorElement) => {
    const url = link.href.replace(/\.pdf$/, '.fill.json');
    let loading = manifests.get(url);
    if (!loading) {
      loading = get(url).then((r) => r.json() as Promise<FillManifest>);
      loading.catch(() => manifests.delete(url));
      manifests.set(url, loading);
    }
    return loading;
  };

  /** Near the limit (the last tenth, at least 3 characters), over it, or neither. */
  const threshold = (length: number, max: number) => (length > max ? 'over' : length >= max - Math.max(3, Math.ceil(max / 10)) ? 'near' : 'ok');

  /** Invisible characters are named by their code point, the rest shown in quotes. */
  const named = (c: string) => (/[\p{C}\p{Z}]/u.test(c) ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `"${c}"`);

  const fillIn = (template: string, n: number, max: number) =>
    template
      .replaceAll('{n}', String(n))
      .replaceAll('{max}', String(max))
      .replaceAll('{over}', String(n - max));

  /** Checks every field and updates the preview; the values to print if all is well and the manifest is loaded. */
  function check(): FittedText[] | undefined {
    let ready = manifest !== undefined;
    let invalid = false;
    const values = inputs.map((input, index): FittedText => {
      const text = cleanText(input.value);
      // The limit is the PDF field's own (the manifest read it from the leaflet), the same number the page was built with.
      const max = manifest?.fields[index]?.maxLength ?? Number(input.dataset.max);
      const length = [...text].length;
      byId(`${input.id}-count`).textContent = fillIn(data.count!, length, max);
      const level = threshold(length, max);
      if (level !== announced[index]) {
        announced[index] = level;
        // Screen readers hear the count only when it nears or passes the limit, not at every keystroke.
        if (level !== 'ok') announce.textContent = `${input.labels?.[0]?.textContent ?? ''}: ${byId(`${input.id}-count`).textContent}`;
      }
      const refused = unsupportedChars(text, data.charset!);
      const over = length > max;
      const fitted = refused.length > 0 || over ? undefined : manifest ? fitText(text, manifest, manifest.fields[index]!) : { lines: [text], size: 12 };
      const message =
        refused.length > 0
          ? data.unsupported!.replace('{chars}', refused.map(named).join(', '))
          : over
            ? fillIn(data.overLimit!, length, max)
            : fitted === undefined
              ? data.tooLong!
              : '';
      byId(`${input.id}-error`).textContent = message;
      input.setAttribute('aria-invalid', String(message !== ''));
      const line = byId(`${input.id}-preview`);
      // A name that wraps shows on two lines, as it will print.
      line.textContent = fitted ? fitted.lines.join('\n') : text;
      line.style.whiteSpace = 'pre';
      line.style.fontSize = `calc(var(--mm) * ${toMm(fitted?.size ?? manifest?.size.min ?? 9)})`;
      // The screen's font is not the leaflet's: stretch the preview to the printed width, so it ends where print does.
      line.style.transform = '';
      if (manifest && fitted && text) {
        const widest = Math.max(...fitted.lines.map((l) => textWidth(l, manifest!)));
        const printed = toMm((widest * fitted.size) / 1000) * (box.parentElement!.clientWidth / boxMm);
        line.style.transform = `scaleX(${printed / line.offsetWidth})`;
      }
      if (message) [ready, invalid] = [false, true];
      return fitted ?? { lines: [text], size: 0 };
    });
    fix.hidden = !invalid;
    button.disabled = busy || invalid;
    return ready ? values : undefined;
  }

  /** Paper or ink changed: scale the preview to that leaflet's box and load its manifest for the width check. */
  async function choose(): Promise<void> {
    const link = chosen();
    boxMm = Number(link.dataset.box);
    box.style.setProperty('--box', String(boxMm));
    manifest = undefined;
    check();
    const loaded = await manifestOf(link).catch(() => undefined);
    if (chosen() === link) {
      manifest = loaded;
      check();
    }
  }

  function save(bytes: Uint8Array<ArrayBuffer>, name: string): void {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  }

  /** leaflet-pijat-oksitosin-a4-posyandu-melati-3.pdf */
  const fileName = (link: HTMLAnchorElement, name: string) => {
    const slug = name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-+|-+$/g, '');
    return `${link.pathname
      .split('/')
      .pop()!
      .replace(/\.pdf$/, '')}${slug ? `-${slug}` : ''}.pdf`;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    const link = chosen();
    busy = button.disabled = true;
    try {
      manifest = await manifestOf(link);
      const values = check();
      if (!values) {
        form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
        return;
      }
      if (!values.some((v) => v.lines.some(Boolean))) {
        status.textContent = data.empty!;
        inputs[0]!.focus();
        return;
      }
      const pdf = new Uint8Array(await (await get(link.href)).arrayBuffer());
      save(appendUpdate(pdf, manifest, contentStream(manifest, values)), fileName(link, values[0]!.lines.join(' ')));
    } catch {
      status.textContent = data.failed!;
    } finally {
      busy = false;
      check();
    }
  });
  for (const input of inputs) input.addEventListener('input', () => check());
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'radio') void choose();
  });
  form.hidden = false;
  void choose();
}
