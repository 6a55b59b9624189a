import { z } from 'zod';
import { fileName, text } from './fields.ts';

/**
 * What the phone does with the site (`app:` in ui.yaml): the installed app's name (the language's web app
 * manifest), the page shown offline in place of a page that was never kept, and the button that shares a step's
 * picture.
 */
export const uiAppSchema = z.strictObject({
  /** The app's name on the install prompt and the splash screen, and its short name under the home-screen icon. */
  name: text(45),
  shortName: text(12),
  /** The offline page's address in this language: /<locale>/<offlineSlug>/ ("luring", "offline"). */
  offlineSlug: fileName,
  offlineTitle: text(60),
  offlineIntro: text(240),
  /** The heading over the pages this phone keeps for offline reading. */
  offlineKept: text(80),
  /** What else may open, and what needs a signal. */
  offlineOther: text(240),
  offlineRetry: text(160),
  /** The share button on each step of the procedure (shown where the phone can share a picture). */
  share: text(40),
});
