// The HTML CachedHtml.astro has rendered in this build, by key. Kept as UTF-8 bytes: a JavaScript
// string of Vietnamese text takes two bytes a character, and at 10,000 products there are tens of
// thousands of cards.
const rendered = new Map<string, Uint8Array | Promise<string>>();
const decoder = new TextDecoder();
const encoder = new TextEncoder();

export async function cachedHtml(key: string, render: () => Promise<string>): Promise<string> {
  const kept = rendered.get(key);
  if (kept instanceof Uint8Array) return decoder.decode(kept);
  if (kept) return kept;
  const html = render();
  rendered.set(key, html);
  const text = await html;
  rendered.set(key, encoder.encode(text));
  return text;
}
