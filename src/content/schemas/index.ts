/** The content model, one file per kind of content file; plain zod, so Astro, the Node reader and tests share it. */
export * from './booklet.ts';
export * from './danger-signs.ts';
export * from './evidence.ts';
export * from './fields.ts';
export * from './figures.ts';
export * from './forms.ts';
export * from './glossary.ts';
export * from './page.ts';
export * from './procedure.ts';
export * from './reference.ts';
export * from './step.ts';
export * from './training.ts';
export * from './ui.ts';
export * from './short-link.ts';
export * from './redirect.ts';
