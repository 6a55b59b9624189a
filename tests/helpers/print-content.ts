/** PrintContent for one language from the real content/ folder, as the site's PDF endpoint builds it. */
import { printContentOf, type PrintContent } from '../../src/print/content.ts';
import { readLocale, readReferences } from './content.ts';

export const TEST_SITE = 'https://lancar.example.org';

export const readPrintContent = (locale: string): PrintContent => printContentOf(readLocale(locale), readReferences(), new URL(TEST_SITE));
