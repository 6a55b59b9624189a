/**
 * Content problems are the author's to fix, so they are reported as a list of files and fields with what to do,
 * never as a stack trace. The build script prints `ContentError#message` and nothing else.
 */
export interface Problem {
  /** Path from the project root, e.g. content/en/steps/03.yaml. */
  file: string;
  /** The field, key or line at fault, where there is one. */
  field?: string;
  /** What is wrong and what to do about it. */
  message: string;
}

export class ContentError extends Error {
  override readonly name = 'ContentError';
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.problems = problems;
  }

  static is(error: unknown): error is ContentError {
    return error instanceof Error && error.name === 'ContentError' && Array.isArray((error as ContentError).problems);
  }
}

export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines = [`${problems.length} content problem${problems.length === 1 ? '' : 's'}:`];
  for (const [file, list] of byFile) {
    lines.push(`  ${file}`);
    for (const { field, message } of list) lines.push(`    ${field ? `${field}: ` : ''}${message}`);
  }
  return lines.join('\n');
}
