/** A readable id for a new record: a slug of its label plus a short random suffix, unique enough offline. */
export function newId(prefix: string, label = ''): string {
  const slug = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24);
  const suffix = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36).slice(0, 5);
  return [prefix, slug, suffix].filter(Boolean).join('-');
}
