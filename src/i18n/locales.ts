/** The default language: Bahasa Indonesia comes first everywhere. Which languages exist is data (content/layout.ts). */
export const DEFAULT_LOCALE = 'id';
