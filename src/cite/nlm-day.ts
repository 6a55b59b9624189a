/**
 * NLM's way of writing a day, "2026 Nov 30", in a language's short month names (January first). Its own module, with
 * no imports, because the every-page script uses it too: it fills in the reader's "[cited …]" day.
 */
export const nlmDay = (monthsShort: readonly string[], year: number, month: number, day: number): string => `${year} ${monthsShort[month - 1]} ${day}`;

/** Today on the reader's own calendar, NLM style. */
export const nlmToday = (monthsShort: readonly string[], now = new Date()): string => nlmDay(monthsShort, now.getFullYear(), now.getMonth() + 1, now.getDate());
