// Synthetic playbook content for the bench: seeded, so every run and every N writes the
// same bytes for the same page, which is what lets the bench compare one page across N.

import { seededRandom as mulberry32 } from '../../src/lib/random/seeded-random.ts';

export { mulberry32 };

/** FNV-1a, to turn a page id into a seed that does not depend on how many pages exist. */
function seedOf(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

// Plain words only: nothing MDX would read as markup, nothing the link checker would read as a link.
const WORDS = `
customer experience journey team service promise brand value process attitude feedback survey
leader manager front line touchpoint handover owner measure score result action plan review
question answer moment truth pain point segment market contract order delivery complaint request
trust loyalty emotion habit culture training reward target metric report dashboard signal trend
first every each many some few most clear simple quick steady careful honest useful practical
strong weak early late small large local shared common rare regular open closed better worse
make build keep change improve map find fix give ask listen learn share track check test decide
agree repeat explain promise deliver support welcome resolve follow prepare compare choose align
before after during between across within around through without because while where when
people staff partner supplier buyer user client member colleague department function board
week month quarter year day cycle stage step phase round wave season budget cost price margin
channel phone email letter visit store website invoice return renewal upgrade contact record
goal purpose strategy vision mission principle practice standard rule policy guide checklist
`
  .trim()
  .split(/\s+/);

const pick = (random, list) => list[Math.floor(random() * list.length)];
const capitalise = (word) => word[0].toUpperCase() + word.slice(1);

function sentence(random, minWords, maxWords) {
  const length = minWords + Math.floor(random() * (maxWords - minWords + 1));
  const words = Array.from({ length }, () => pick(random, WORDS));
  // A comma now and then, so paragraphs look like prose to the Markdown pipeline.
  if (length > 10) words[Math.floor(length / 2)] += ',';
  return `${capitalise(words.join(' '))}.`;
}

function paragraph(random) {
  const sentences = 4 + Math.floor(random() * 3);
  return Array.from({ length: sentences }, () => sentence(random, 8, 16)).join(' ');
}

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

export const benchPartId = (partIndex) => `bench-${String(partIndex + 1).padStart(2, '0')}`;
export const benchPageId = (pageIndex) => `page-${String(pageIndex + 1).padStart(2, '0')}`;

/**
 * Which generated guides are MDX: one in seven (4 of each part's 25, 16 %), a little above
 * the real playbook, where the 8 of 54 guides that need components or Markdown inside HTML
 * are MDX and the rest plain Markdown. MDX costs several times more to build per page.
 */
export const benchGuideIsMdx = (pageIndex) => pageIndex % 7 === 0;

/**
 * One guide of about `words` words: front matter, an opening paragraph and `##` sections;
 * an MDX guide also links a real page through the `<Link>` component, as MDX guides do.
 */
export function benchGuide(partId, pageId, order, { mdx = false, words = 800 } = {}) {
  const random = mulberry32(seedOf(`${partId}/${pageId}`));
  const title = `${capitalise(pick(random, WORDS))} ${pick(random, WORDS)} ${pick(random, WORDS)} (${partId} ${pageId})`;
  const description = `A generated benchmark guide. ${sentence(random, 8, 14)}`.slice(0, 200);
  const blocks = [paragraph(random)];
  let total = countWords(blocks[0]);
  while (total < words) {
    const heading = `## ${capitalise(sentence(random, 2, 4).slice(0, -1))}`;
    blocks.push(heading);
    for (let i = 0; i < 3 && total < words; i += 1) {
      const text = paragraph(random);
      blocks.push(text);
      total += countWords(text);
    }
  }
  if (mdx) blocks.push('Read <Link href="/playbook/start/start-here/">where to start</Link> for the order of the guides.');
  const frontMatter = ['---', `title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`, 'sources: [morgan]', `order: ${order}`, '---'];
  return `${frontMatter.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

/** parts.yaml entries for the generated parts, placed after the real ones. */
export function benchPartsYaml(partCount, firstOrder) {
  const entries = Array.from({ length: partCount }, (_, index) => {
    const id = benchPartId(index);
    return [
      `- id: ${id}`,
      `  title: Bench part ${String(index + 1).padStart(2, '0')}`,
      `  summary: Generated pages that measure how the build and each page grow with the size of the playbook.`,
      `  order: ${firstOrder + index}`,
    ].join('\n');
  });
  return `\n# Generated by scripts/bench.mjs\n${entries.join('\n')}\n`;
}
