import type { Assessment } from '../schema/assessment.ts';
import { modelOf } from '../scoring/models/index.ts';

/**
 * A short hash of what an answer refers to: the model, the scale, and the item ids in
 * order within their dimensions (and, for spectrum items, which position each option
 * stands for). Wording is left out so that fixing a typo does not orphan saved results;
 * anything that changes what a stored answer means changes the version.
 */
export function assessmentVersion(definition: Assessment): string {
  let version = versions.get(definition);
  if (version === undefined) {
    version = computeVersion(definition);
    versions.set(definition, version);
  }
  return version;
}

// Definitions are never changed once loaded, and decoding a share code or reading a CSV row
// asks for the version every time: computing it once per definition halves a decode's cost.
const versions = new WeakMap<Assessment, string>();

function computeVersion(definition: Assessment): string {
  const shape = {
    model: definition.model,
    scale: definition.scale,
    dimensions: definition.dimensions.map((dimension) => [dimension.id, dimension.items.map((item) => modelOf(definition.model).versionKey(item))]),
  };
  return fnv1a32(JSON.stringify(shape));
}

/** FNV-1a, 32 bits, over the UTF-8 bytes; 8 lower-case hex digits. */
const encoder = new TextEncoder();

export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
