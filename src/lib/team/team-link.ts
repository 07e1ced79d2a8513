/**
 * Team links: an assessment's address with the team's label and the segments respondents
 * choose from, e.g. `https://acme.example/assess/pace/?team=acme-q3&segments=North,South`.
 * The assessment page reads them back with readTeamLinkParams.
 */
import { phrase, type Phrase } from './phrase.ts';

export interface TeamLinkRequest {
  /** The site's origin, e.g. "https://acme.example". */
  origin: string;
  /** The site's base path, e.g. "/" or "/acme/". */
  base: string;
  assessmentId: string;
  /** The label every result from the link carries. */
  team: string;
  segments: readonly string[];
  /** Most UTF-8 bytes a label and a segment may take: what a share code carries (NOTE_LIMITS). */
  limits: { team: number; segment: number };
}

export type TeamLink = { ok: true; href: string } | { ok: false; problems: Phrase[] };

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Segment names typed as a comma-separated list: trimmed, blanks and repeats dropped. */
export function parseSegmentList(text: string): string[] {
  return [...new Set(text.split(',').map((segment) => segment.trim()).filter((segment) => segment !== ''))];
}

/** Each value is escaped on its own, so the commas between segments stay readable in the address. */
const encodeValue = (text: string): string => encodeURIComponent(text);

/** The team link, or what to fix: a label is required and every text must fit a share code. */
export function teamLink(request: TeamLinkRequest): TeamLink {
  const team = request.team.trim();
  const segments = [...new Set(request.segments.map((segment) => segment.trim()).filter((segment) => segment !== ''))];
  const problems: Phrase[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(request.assessmentId)) problems.push(phrase('team.link.problem.assessment'));
  if (team === '') problems.push(phrase('team.link.problem.noLabel'));
  else if (utf8Bytes(team) > request.limits.team) problems.push(phrase('team.link.problem.labelLong', { limit: request.limits.team }));
  for (const segment of segments) {
    if (segment.includes(',')) problems.push(phrase('team.link.problem.comma', { segment }));
    else if (utf8Bytes(segment) > request.limits.segment) problems.push(phrase('team.link.problem.segmentLong', { segment, limit: request.limits.segment }));
  }
  if (problems.length > 0) return { ok: false, problems };
  const base = `/${request.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const query = [`team=${encodeValue(team)}`, ...(segments.length > 0 ? [`segments=${segments.map(encodeValue).join(',')}`] : [])].join('&');
  return { ok: true, href: `${request.origin.replace(/\/+$/, '')}${base}assess/${request.assessmentId}/?${query}` };
}

/** What a team link asks of the assessment page: the label and the segments to offer (none: ask for none). */
export function readTeamLinkParams(search: string): { team: string; segments: string[] } | undefined {
  const params = new URLSearchParams(search);
  const team = params.get('team')?.trim();
  if (!team) return undefined;
  return { team, segments: parseSegmentList(params.get('segments') ?? '') };
}
