// Vietnamese-aware text folding: slugs for URLs and ASCII copies for search and matching.

/** Removes tone marks and maps đ/Đ to d/D; keeps case and everything else. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** ASCII slug: tone marks stripped, đ→d, lowercase, runs of anything else become one hyphen. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Key for matching names typed differently: folded, lowercase, single spaces, no punctuation. */
export function nameKey(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when the text is already a valid slug. */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}
