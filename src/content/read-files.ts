/**
 * The content door for plain Node (tests, the bench, the readability command): reads the files of
 * ./collections.ts from disk the way Astro's loaders do (js-yaml for YAML and frontmatter, satteri for MDX), and
 * hands them to the same pure step as the site (assemble.ts).
 */
import { globSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { assembleContent, type Content } from './assemble.ts';
import { COLLECTIONS, COLLECTION_NAMES, type ContentFile } from './collections.ts';
import { ContentError, type Problem } from './errors.ts';
import { decodeContent, MAX_FILE_BYTES, nameProblem, svgSafetyProblems, yamlShapeProblems } from './file-door.ts';
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

/**
 * Every file under content/ looked at before anything parses it (file-door.ts): its name, its size, that it is a
 * file and not a link out of the folder, its bytes UTF-8, its drawing or YAML free of active parts. Returns the
 * texts of the files that passed, by path inside content/.
 */
export function scanContentFolder(base: string): { texts: Map<string, string>; problems: Problem[] } {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(join(base, folder)).sort()) {
      // .DS_Store, .gitkeep…: an editor's or system's own files, never read or published.
      if (name.startsWith('.') && !/\.(mdx|yaml|svg)$/.test(name)) continue;
      const path = folder ? `${folder}/${name}` : name;
      const file = `${CONTENT_DIR}/${path}`;
      const stat = lstatSync(join(base, path));
      const badName = nameProblem(file, name);
      if (badName && !/^[A-Z]+(\.[a-z]+)?$/.test(name)) problems.push(badName); // LICENSE, README.md: the usual capitals
      if (stat.isSymbolicLink()) problems.push({ file, message: 'is a symbolic link; content must be real files inside content/, so copy the file here' });
      else if (stat.isDirectory()) visit(path);
      else if (!stat.isFile()) problems.push({ file, message: 'is not a regular file; remove it' });
      else if (stat.size > MAX_FILE_BYTES)
        problems.push({ file, message: `is ${stat.size} bytes, over the ${MAX_FILE_BYTES} a content file may have; split or shrink it` });
      else {
        const { text, problem } = decodeContent(file, readFileSync(join(base, path)));
        if (problem) problems.push(problem);
        else if (text !== undefined) {
          texts.set(path, text);
          if (path.endsWith('.svg')) problems.push(...svgSafetyProblems(file, text));
          if (path.endsWith('.yaml')) problems.push(...yamlShapeProblems(file, text));
        }
      }
    }
  };
  visit('');
  return { texts, problems };
}

/** Every content file under `root`/content, parsed but not yet checked, and the files that could not be parsed. */
export function readContentFiles(root = process.cwd()): { files: ContentFile[]; problems: Problem[] } {
  const base = join(root, CONTENT_DIR);
  const files: ContentFile[] = [];
  const { texts, problems } = scanContentFolder(base);
  for (const collection of COLLECTION_NAMES) {
    const { pattern } = COLLECTIONS[collection];
    for (const path of globSync(pattern, { cwd: base }).sort()) {
      const file = `${CONTENT_DIR}/${path}`;
      const text = texts.get(path);
      if (text === undefined) continue; // refused by the scan, already named
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
        const shape = problem ? [] : yamlShapeProblems(file, frontmatter ?? '', 1);
        if (problem) problems.push(problem);
        else if (shape.length > 0) problems.push(...shape);
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
