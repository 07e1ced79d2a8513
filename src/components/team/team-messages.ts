// The interface strings each team script needs, picked at build time (pickMessages): the page carries no others.

/** The team-link maker's strings (team-link-element.ts). */
export const teamLinkMessageKeys = [
  'team.link.otherSegments',
  'team.link.copied',
  'team.link.copyFailed',
  'team.link.showQr',
  'team.link.hideQr',
  'team.link.qrLabel',
  'team.link.qrCaption',
  'team.link.qrFailed',
  'team.link.problem.assessment',
  'team.link.problem.noLabel',
  'team.link.problem.labelLong',
  'team.link.problem.comma',
  'team.link.problem.segmentLong',
] as const;
