// Kept free of zod so browser code can use the roles without shipping the schema library.

/** Who answered: benchmarks map leader → management and front line → non-management. */
export const roles = ['leader', 'manager', 'front-line'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  leader: 'Leader (senior management)',
  manager: 'Manager',
  'front-line': 'Front line (non-management)',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
