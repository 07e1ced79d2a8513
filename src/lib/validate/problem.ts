/** One thing wrong with one input file, phrased so the author can fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. `src/content/assessments/pace.yaml`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted field path, e.g. `dimensions.0.items.2.text`; empty for the file as a whole. */
  field: string;
  /** What is wrong and what to do. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

export function formatProblems(problems: readonly Problem[], subject = 'the content'): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`${problems.length} ${noun} in ${subject}; nothing was built:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
