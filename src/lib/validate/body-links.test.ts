import { describe, expect, it } from 'vitest';
import { bodyLinkProblems } from './body-links.ts';

const known = { pageIds: new Set(['pace/processes']), partIds: new Set(['pace']), assessmentIds: new Set(['pace']) };

describe('bodyLinkProblems', () => {
  it.each([
    '[ok](/playbook/pace/processes/)',
    '[part](/playbook/pace/)',
    '[anchor](/playbook/pace/processes/#try-this)',
    '[take it](/assess/pace/)',
    '[all](/assess/)',
    '[home](/)',
    '[outside](https://example.com/)',
    '<td><Link href="/playbook/pace/processes/">Processes</Link></td>',
  ])('accepts %s', (body) => {
    expect(bodyLinkProblems('a.mdx', body, known)).toEqual([]);
  });

  it('names the line of a link that goes nowhere', () => {
    expect(bodyLinkProblems('a.mdx', 'intro\n\nsee [this](/playbook/pace/process/)', known)).toEqual([
      { file: 'a.mdx', line: 3, field: 'body', message: 'link to "/playbook/pace/process/" goes nowhere; link a page as /playbook/<part>/<page>/ or an assessment as /assess/<id>/' },
    ]);
  });

  it('checks the target of a <Link> too', () => {
    expect(bodyLinkProblems('a.mdx', '<Link href="/assess/nope/">x</Link>', known)).toHaveLength(1);
  });

  it('asks for Markdown links instead of site-absolute HTML links', () => {
    const [problem] = bodyLinkProblems('a.mdx', '<dd>See <a href="/playbook/pace/processes/">Processes</a></dd>', known);
    expect(problem?.message).toBe('HTML link to "/playbook/pace/processes/" will break under a sub-path deployment; write <Link href="/playbook/pace/processes/">…</Link> or a Markdown link [text](/playbook/pace/processes/)');
  });
});
