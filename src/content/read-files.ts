/**
 * The content door for plain Node (tests, the bench, the readability command): reads the files of
 * ./collections.ts from disk the way Astro's loaders do (js-yaml for YAML and frontmatter, satteri for MDX), and
 * hands them to the same pure step as the site (assemble.ts).
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { assembleContent, type Content } from './assemble.ts';
import { COLLECTIONS, COLLECTION_NAMES, type ContentFile } from './collections.ts';
import { ContentError, type Problem } from './errors.ts';
import { CONTENT_DIR, discoverLocales } from './layout.ts';
import { frontmatterOf, mdxSyntaxProblem, parseMdx } from './mdx.ts';

/** A YAML text as Astro reads it, or the problem at its line (content/en/x.yaml:12, as editors link it). */
function parseYaml(text: string, file: string, lineOffset = 0): { data?: unknown; problem?: Problem } {
  try {
    return { data: load(text) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { problem: { file: `${file}:${error.mark.line + 1 + lineOffset}`, message: `is not valid YAML: ${error.reason}` } };
  }
}

/** Every content file under `root`/content, parsed but not yet checked, and the files that could not be parsed. */
export function readContentFiles(root = process.cwd()): { files: ContentFile[]; problems: Problem[] } {
  const base = join(root, CONTENT_DIR);
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const collection of COLLECTION_NAMES) {
    const { pattern } = COLLECTIONS[collection];
    for (const path of globSync(pattern, { cwd: base }).sort()) {
      const file = `${CONTENT_DIR}/${path}`;
      const text = readFileSync(join(base, path), 'utf8');
      // Named like Astro's entries: the path without its extension.
      const id = path.replace(/\.(mdx|yaml)$/, '');
      if (collection === 'pages') {
        let frontmatter: string | undefined;
        try {
          frontmatter = frontmatterOf(parseMdx(text));
        } catch (error) {
          problems.push(mdxSyntaxProblem(error, file));
          continue;
        }
        const { data, problem } = parseYaml(frontmatter ?? '', file, 1);
        if (problem) problems.push(problem);
        else files.push({ collection, file, id, data: data ?? {}, source: text });
        continue;
      }
      const { data, problem } = parseYaml(text, file);
      if (problem) problems.push(problem);
      else if ('entries' in COLLECTIONS[collection]) {
        for (const [key, value] of Object.entries((data ?? {}) as Record<string, unknown>)) files.push({ collection, file, id: key, data: value });
      } else files.push({ collection, file, id, data: data ?? {} });
    }
  }
  return { files, problems };
}

/** The whole content, checked and typed, from disk: what the site builds from. Throws ContentError. */
export function loadContentFromDisk(root = process.cwd()): Content {
  const { files, problems } = readContentFiles(root);
  if (problems.length > 0) throw new ContentError(problems);
  return assembleContent(files, discoverLocales(join(root, CONTENT_DIR)));
}
