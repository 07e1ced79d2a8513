import { getCollection } from 'astro:content';
import { buildOutline, type PartWithPages } from '../navigation/playbook-nav.ts';

/** The playbook's parts and pages in reading order, built once per build. */
let outline: Promise<PartWithPages[]> | undefined;

export function getOutline(): Promise<PartWithPages[]> {
  outline ??= (async () => {
    const [parts, pages] = await Promise.all([getCollection('parts'), getCollection('playbook')]);
    return buildOutline(
      parts.map((part) => part.data),
      pages.map((page) => ({ id: page.id, title: page.data.title, order: page.data.order })),
    );
  })();
  return outline;
}
