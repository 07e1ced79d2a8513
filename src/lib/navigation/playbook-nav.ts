/** What navigation needs to know about a page: no body, so nav stays cheap at any size. */
export interface NavPage {
  id: string;
  title: string;
  /** One or two sentences on the page, for lists of pages. */
  description?: string;
  order: number;
  /** The language of the title and description when it is not the page's (an untranslated guide). */
  lang?: string;
}

export interface NavPart {
  id: string;
  title: string;
  summary: string;
  order: number;
  /** The language of the title and summary when it is not the page's. */
  lang?: string;
}

export interface PartWithPages extends NavPart {
  pages: NavPage[];
}

export function partOf(pageId: string): string {
  return pageId.split('/')[0] ?? pageId;
}

const byOrderThenTitle = (a: { order: number; title: string }, b: { order: number; title: string }) =>
  a.order - b.order || a.title.localeCompare(b.title);

/** Parts in reading order, each with its pages in order; parts without pages are left out. */
export function buildOutline(parts: readonly NavPart[], pages: readonly NavPage[]): PartWithPages[] {
  return [...parts]
    .sort(byOrderThenTitle)
    .map((part) => ({ ...part, pages: pages.filter((page) => partOf(page.id) === part.id).sort(byOrderThenTitle) }))
    .filter((part) => part.pages.length > 0);
}

/** The page before and after `pageId` in reading order across the whole playbook. */
export function neighbours(outline: readonly PartWithPages[], pageId: string): { previous?: NavPage; next?: NavPage } {
  const flat = outline.flatMap((part) => part.pages);
  const index = flat.findIndex((page) => page.id === pageId);
  if (index === -1) return {};
  return { previous: flat[index - 1], next: flat[index + 1] };
}

export function playbookPath(pageId: string): string {
  return `/playbook/${pageId}/`;
}

export function partPath(partId: string): string {
  return `/playbook/${partId}/`;
}
