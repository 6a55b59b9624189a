import { z } from 'zod';

/**
 * content/redirects.yaml: old address → the address readers should reach now. Both are site paths in lowercase:
 * a page (`/id/bukti/`), a page's section (`/id/bukti/#old-id`) or a file (`/id/old.pdf`). Whether `from` is still
 * live and `to` exists is checked where the pages are known (content/redirects.ts, and the build's URL step).
 */
const sitePath = z
  .string()
  .regex(
    /^\/(?:[a-z0-9._-]+\/)*(?:[a-z0-9_-]+\.[a-z0-9]+)?(?:#[a-z0-9_-]+)?$/,
    'must be an address on this site in lowercase, starting with "/": a page ends with "/" (/id/bukti/), a section adds "#id" (/id/bukti/#old), a file ends with its extension (/id/old.pdf)',
  );

export const redirectsSchema = z.record(sitePath, sitePath);

export type RedirectMap = z.infer<typeof redirectsSchema>;
