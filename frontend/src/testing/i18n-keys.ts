/** All leaf keys of a nested translation resource, as dotted paths. */
export function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (node === null || typeof node !== 'object')
    return [`${prefix} (not a string: ${typeof node})`];
  return Object.entries(node).flatMap(([key, value]) =>
    leafKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}
