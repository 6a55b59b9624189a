/**
 * How long the massage takes is said in many places (the procedure, the guided mode, the leaflet, the booklet, the
 * quiz, the kader guide, the 3-day log) and typed in none: content writes {total} where the whole massage's length
 * goes and {duration} where a step's own time goes, and resolve.ts fills them from the steps' `duration` fields
 * with these. A number that is computed cannot disagree with the timer.
 */
import { formatDuration } from '../i18n/strings.ts';
import type { Step, Ui } from './schemas/index.ts';

/** Seconds of all steps together, preparation to clean-up: the length of one massage. */
export const massageSeconds = (steps: Pick<Step, 'duration'>[]): number => steps.reduce((sum, step) => sum + step.duration, 0);

/** The total as content prints it: "12 menit", "12 min". */
export const formatTotal = (ui: Ui, steps: Pick<Step, 'duration'>[]) => formatDuration(ui, massageSeconds(steps));
