import { z } from 'zod';

/**
 * content/redirects.yaml: old address → the address readers should reach now. Both are site paths in lowercase:
 * a page (`/id/bukti/`), a page's section (`/id/bukti/#old-id`) or a file (`/id/old.pdf`). Whether `from` is still
 * live and `to` exists is checked where the pages are known (content/redirects.ts, and the build's URL step).
 */
const SITE_PATH = /^\/(?:[a-z0-9._-]+\/)*(?:[a-z0-9_-]+\.[a-z0-9]+)?(?:#[a-z0-9_-]+)?$/;
const PATH_FORM =
  'an address on this site in lowercase, starting with "/": a page ends with "/" (/id/bukti/), a section adds "#id" (/id/bukti/#old), a file ends with its extension (/id/old.pdf)';

export const redirectsSchema = z.record(z.string(), z.string()).superRefine((map, ctx) => {
  // Both sides checked here, so a bad old address and a bad new one are reported together, each under its key.
  for (const [from, to] of Object.entries(map)) {
    if (!SITE_PATH.test(from)) ctx.addIssue({ code: 'custom', path: [from], message: `the old address must be ${PATH_FORM}` });
    if (!SITE_PATH.test(to)) ctx.addIssue({ code: 'custom', path: [from], message: `must lead to ${PATH_FORM}` });
  }
});

export type RedirectMap = z.infer<typeof redirectsSchema>;
