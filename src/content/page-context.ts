/**
 * How components get their content: the page route puts the page's language content in `Astro.locals`, and every
 * component takes it from there. A component rendered outside a content page, or for a language the content does
 * not have, throws instead of quietly showing another language.
 */
import type { LocaleContent } from './assemble.ts';
import type { Reference } from './schemas/index.ts';

export interface PageContext {
  /** The page's own language. */
  content: LocaleContent;
  /** The bibliography, shared by all languages. */
  references: Map<string, Reference>;
  /** Every language, in site order, for components that link across languages (the glossary). */
  all: Map<string, LocaleContent>;
}

interface Locals {
  lancar?: PageContext;
}

export function providePageContext(locals: object, context: PageContext): void {
  (locals as Locals).lancar = context;
}

/** The content of the page being rendered; `component` names the caller for the error. */
export function pageContext(locals: object, component: string): PageContext {
  const context = (locals as Locals).lancar;
  if (!context) {
    throw new Error(`${component} was rendered outside a content page: only src/pages/[locale]/[...slug].astro provides page content (Astro.locals.lancar)`);
  }
  return context;
}
