import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../integrations/content-files.ts';
import { formatProblem, formatProblems } from './problem.ts';
import { validateContent } from './validate-content.ts';

const projectRoot = join(import.meta.dirname, '../../..');
const fixture = join(projectRoot, 'tests/fixtures/broken-content');

async function problemsIn(root: string): Promise<string[]> {
  const files = await readContentFiles(projectRoot, {
    parts: [join(root, 'parts.yaml')],
    playbook: [join(root, 'playbook')],
    assessments: [join(root, 'assessments')],
    sources: [join(root, 'sources')],
    translations: [join(root, 'translations')],
    actions: [join(root, 'actions')],
  });
  return validateContent(files).map(formatProblem);
}

describe('validateContent on broken fixtures', async () => {
  const lines = await problemsIn(fixture);
  const F = 'tests/fixtures/broken-content';

  it.each([
    // Unknown source id and unknown related page, with line and field path.
    [`${F}/playbook/guides/unknown-source.mdx:4: sources.1: unknown source "imaginary"; known source ids: bad-year, real`],
    [`${F}/playbook/guides/unknown-source.mdx:6: related.1: unknown page "guides/missing"; did you mean "guides/missing-title"?`],
    // A missing required field and an unknown one.
    [`${F}/playbook/guides/missing-title.mdx:2: title: is required (expected string); add it`],
    [`${F}/playbook/guides/missing-title.mdx:2: unknown field "colour"; remove or rename it (check the spelling)`],
    // Malformed front matter.
    [`${F}/playbook/guides/no-front-matter.mdx:1: no front matter: start the file with a line "---", the fields (title, description, sources, order), then "---"`],
    [`${F}/playbook/loose.mdx: a playbook page must sit in a part folder, e.g. src/content/playbook/pace/processes.md`],
    // A Markdown and an MDX file that would give the same page id.
    [`${F}/playbook/guides/twin.mdx: duplicate page id "guides/twin" (also ${F}/playbook/guides/twin.md); rename one of the files`],
    // A source with a wrong type.
    [`${F}/sources/bad-year.yaml:3: year: give the year as a number, e.g. 2013, or \"not stated\" where the article gives none`],
    // An assessment: unknown model, unknown source, item without text, duplicate id, unknown next steps.
    [`${F}/assessments/broken.yaml:7: model: "averages" is not allowed; use one of: "dimensions", "spectrum", "gated", "benchmark", "checklist"`],
    [`${F}/assessments/broken.yaml:5: source: unknown source "nowhere"; known source ids: bad-year, real`],
    [`${F}/assessments/broken.yaml:19: dimensions.0.items.2.text: is required (expected string); add it`],
    [`${F}/assessments/broken.yaml:17: dimensions.0.items.1.id: duplicate item id "a1" (also at dimensions.0.items.0); give each item its own id`],
    [`${F}/assessments/broken.yaml:20: dimensions.0.items.2.nextStep: unknown page "guides/nowhere"; known page ids: guides/bad-yaml, guides/good, guides/missing-title, guides/no-front-matter, guides/twin, guides/unknown-source, loose`],
    [`${F}/assessments/broken.yaml:23: dimensions.1.nextStep: unknown page "guides/absent"; known page ids: guides/bad-yaml, guides/good, guides/missing-title, guides/no-front-matter, guides/twin, guides/unknown-source, loose`],
    // Bands out of order, reported with the file's other problems rather than after they are fixed.
    [`${F}/assessments/broken.yaml:31: bands: list bands in rising order of upTo`],
    [`${F}/assessments/broken.yaml:32: bands.1.upTo: the last band must go up to 100 so every score has a band`],
    // A theme's sources and deep dives must exist; a deep dive is never the assessment itself.
    [`${F}/assessments/broken.yaml:25: dimensions.1.sources.1: unknown source "imaginary"; known source ids: bad-year, real`],
    [`${F}/assessments/broken.yaml:26: dimensions.1.deepDives.0: "broken" is this assessment; a deep dive names another, longer assessment to take next`],
    [`${F}/assessments/broken.yaml:26: dimensions.1.deepDives.1: unknown assessment "nowhere-else"; known assessment ids: also-first, bad-syntax, broken`],
    // Only one assessment can be offered first.
    [`${F}/assessments/broken.yaml:33: offerFirst: ${F}/assessments/also-first.yaml is already offered first; only one assessment can be, so remove offerFirst here or there`],
  ])('reports %s', (line) => {
    expect(lines).toContain(line);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(lines.find((line) => line.includes('bad-syntax.yaml'))).toMatch(/bad-syntax\.yaml:3: YAML syntax error: .*Check indentation, colons and quotes/);
    expect(lines.find((line) => line.includes('bad-yaml.mdx'))).toMatch(/bad-yaml\.mdx:\d+: YAML syntax error/);
  });

  it('lists every problem once, and nothing for the valid page', () => {
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.some((line) => line.includes('guides/good.mdx'))).toBe(false);
    expect(lines.some((line) => line.includes('also-first.yaml:'))).toBe(false);
  });

  it('formats the report with a count and one line per problem', () => {
    const report = formatProblems([{ file: 'a.yaml', line: 2, field: 'x', message: 'wrong' }]);
    expect(report).toBe('1 problem in the content; nothing was built:\n  a.yaml:2: x: wrong');
  });
});

describe('validateContent on the real content', () => {
  it('finds no problems', async () => {
    expect(await problemsIn(join(projectRoot, 'src/content'))).toEqual([]);
  });
});

describe('validateContent: a brand page replacing a built-in one', () => {
  const page = (extra = '') => `---\ntitle: Start here\ndescription: A brand's own start page, written for one client and their team.\nsources: [real]\norder: 1\n${extra}---\n\nHello.\n`;
  const files = (brandText: string) => ({
    parts: [{ path: 'src/content/parts.yaml', id: 'parts', text: '- id: start\n  title: Start\n  summary: Where to begin with the playbook.\n  order: 0\n' }],
    playbook: [
      { path: 'src/content/playbook/start/start-here.md', id: 'start/start-here', text: page() },
      { path: '/home/c/clients/acme/playbook/start/welcome.md', id: 'start/welcome', text: brandText },
      { path: '/home/c/clients/acme/playbook/start/start-here.md', id: 'start/start-here', text: page() },
    ].slice(0, brandText === 'clash' ? 3 : 2).map((file) => (file.text === 'clash' ? { ...file, text: page() } : file)),
    assessments: [],
    sources: [{ path: 'src/content/sources/real.yaml', id: 'real', text: 'title: Real\nauthor: A\npublisher: B\nyear: 2010\nurl: https://example.org/\n' }],
  });

  it('takes the built-in page\'s id when declared', () => {
    expect(validateContent(files(page('replaces: start/start-here\n'))).map(formatProblem).filter((line) => !line.includes('sources/real'))).toEqual([]);
  });

  it('names a replaced page that does not exist', () => {
    expect(validateContent(files(page('replaces: start/nowhere\n'))).map(formatProblem)).toContain(
      '/home/c/clients/acme/playbook/start/welcome.md:6: replaces: unknown built-in page "start/nowhere"; known built-in page ids: start/start-here',
    );
  });

  it('keeps an undeclared clash an error, and says how to declare it', () => {
    const lines = validateContent({ ...files(page()), playbook: [files(page()).playbook[0]!, { path: '/home/c/clients/acme/playbook/start/start-here.md', id: 'start/start-here', text: page() }] }).map(formatProblem);
    expect(lines).toContain('/home/c/clients/acme/playbook/start/start-here.md: duplicate page id "start/start-here" (also src/content/playbook/start/start-here.md); rename one of the files, or add "replaces: start/start-here" to its front matter to stand in for the built-in page');
  });
});

describe('validateContent: translations', () => {
  const english = `---\ntitle: Start here\ndescription: Where to begin with the playbook, and the words it uses throughout.\nsources: [real]\norder: 1\n---\n\nSee [PACE](/playbook/start/start-here/).\n`;
  const translated = (front: string, body = 'Siehe [PACE](/playbook/start/start-here/).') => `---\ntitle: Einstieg\ndescription: Wo Sie anfangen und welche Begriffe das Playbook durchgehend verwendet.\n${front}---\n\n${body}\n`;
  const quick = [
    'title: Quick check',
    'summary: A short check used by the translation tests only.',
    'tells: Whether the translation check finds what it should.',
    'minutes: 2',
    'source: real',
    'method: The mean of the answers, placed on a line from 0 to 100.',
    'scale: agree-5',
    'model: dimensions',
    'bands: [{ upTo: 100, label: All, meaning: Every score is in this band., advice: Nothing to add here at all. }]',
    'dimensions:',
    '  - id: voice',
    '    title: Voice',
    '    nextStep: start/start-here',
    '    advice: Listen to customers every week.',
    '    items:',
    '      - id: v1',
    '        text: We listen to customers.',
    '      - id: v2',
    '        text: We act on what they say.',
  ].join('\n');
  const run = (translations: { path: string; id: string; text: string }[]) =>
    validateContent({
      parts: [{ path: 'src/content/parts.yaml', id: 'parts', text: '- id: start\n  title: Start\n  summary: Where to begin with the playbook.\n  order: 0\n' }],
      playbook: [{ path: 'src/content/playbook/start/start-here.md', id: 'start/start-here', text: english }],
      assessments: [{ path: 'src/content/assessments/quick.yaml', id: 'quick', text: quick }],
      sources: [{ path: 'src/content/sources/real.yaml', id: 'real', text: 'title: Real\nauthor: A. Writer\npublisher: Brand Press\nyear: 2013\nyearNote: Undated; dated by what it cites.\nuses: What the tests take from it.\n' }],
      translations,
    })
      .map(formatProblem)
  const at = (path: string) => ({ path: `src/content/translations/${path}`, id: path.replace(/\.(mdx?|ya?ml)$/, '') });

  it('accepts a guide that changes only its words', () => {
    expect(run([{ ...at('de/playbook/start/start-here.md'), text: translated('sources: [real]\norder: 1\n') }])).toEqual([]);
  });

  it('refuses a translation that changes what is not words, or has no original', () => {
    expect(run([{ ...at('de/playbook/start/start-here.md'), text: translated('sources: [real]\norder: 4\n') }, { ...at('pl/playbook/start/welcome.md'), text: translated('sources: [real]\norder: 1\n') }])).toEqual([
      'src/content/translations/de/playbook/start/start-here.md:5: order: must be as in src/content/playbook/start/start-here.md; a translation changes only title and description',
      'src/content/translations/pl/playbook/start/welcome.md: there is no English guide "start/welcome" to translate; name the file as its English original under src/content/playbook/',
    ]);
  });

  it('puts a translated body through the same safety check as every guide', () => {
    const lines = run([{ ...at('pl/playbook/start/start-here.md'), text: translated('sources: [real]\norder: 1\n', '<script>alert(1)</script>') }]);
    expect(lines).toEqual([expect.stringMatching(/^src\/content\/translations\/pl\/playbook\/start\/start-here\.md:\d+: .*script/)]);
  });

  it('names a folder that is not a language, and a part that does not exist', () => {
    expect(run([{ ...at('fr/parts.yaml'), text: '- id: start\n  title: Début\n  summary: Par où commencer.\n' }, { ...at('de/parts.yaml'), text: '- id: begin\n  title: Einstieg\n  summary: Wo Sie anfangen sollten.\n' }])).toEqual([
      'src/content/translations/fr/parts.yaml: "fr" is not a language Touchline translates into; put the file under one of: src/content/translations/de/, src/content/translations/pl/',
      'src/content/translations/de/parts.yaml:1: 0.id: unknown part "begin"; known part ids: start',
    ]);
  });

  it('checks an assessment’s words against the English ids, naming file, line and field', () => {
    const german = [
      'title: Schnellcheck',
      'summary: Ein kurzer Check nur für die Tests.',
      'tells: Ob die Prüfung findet, was sie soll.',
      'method: Der Mittelwert der Antworten.',
      'bands: [{ label: Alle, meaning: Jeder Wert liegt hier., advice: Nichts hinzuzufügen. }]',
      'dimensions:',
      '  voice: { title: Stimme, advice: Hören Sie jede Woche zu. }',
      'items:',
      '  v1: { text: Wir hören Kunden zu. }',
      '  v3: { text: Eine Frage zu viel. }',
    ].join('\n');
    expect(run([{ ...at('de/assessments/quick.yaml'), text: german }, { ...at('pl/assessments/slow.yaml'), text: german }])).toEqual([
      'src/content/translations/de/assessments/quick.yaml:9: items: missing item "v2": translate its text (src/content/assessments/quick.yaml has it)',
      'src/content/translations/de/assessments/quick.yaml:10: items.v3: src/content/assessments/quick.yaml has no item "v3"; remove it, or correct the id to one of the English file\'s',
      'src/content/translations/pl/assessments/slow.yaml: there is no assessment "slow" to translate; name the file as its English original in src/content/assessments/',
    ]);
  });

  it('checks the sources’ notes: every source, and a note exactly where the English has one', () => {
    expect(run([{ ...at('de/sources.yaml'), text: 'real:\n  uses: Was die Tests daraus nehmen.\n' }, { ...at('pl/sources.yaml'), text: 'real:\n  uses: Co testy z niego biorą.\n  yearNote: Bez daty.\nimagined:\n  uses: Źródło, którego nie ma.\n' }])).toEqual([
      'src/content/translations/de/sources.yaml:2: real: the English source has "yearNote"; translate it here too',
      'src/content/translations/pl/sources.yaml:5: imagined: there is no source "imagined"; ids are the file names in src/content/sources/: real',
    ]);
  });

  it('checks the answer scales’ words: every scale, each of its shape', () => {
    const lines = run([{ ...at('de/scales.yaml'), text: 'agree-5: { title: Wie sehr stimmen Sie zu?, labels: [a, b], agreeNote: Zustimmung ab 4. }\n' }]);
    expect(lines).toContain('src/content/translations/de/scales.yaml:1: agree-5.labels: give 5 labels, one per value in the English order (found 2)');
    expect(lines.some((line) => line.includes('de/scales.yaml') && line.includes('agree-10'))).toBe(true);
  });
});
