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

/**
 * The HTML with its one heading of level `from` turned into level `to` (a product card's name is
 * an h3 on a product page and an h2 in a list). Throws if it has not exactly one such heading.
 */
export function withHeadingLevel(html: string, from: 'h2' | 'h3', to: 'h2' | 'h3'): string {
  const opens = html.split(`<${from}`).length - 1;
  const closes = html.split(`</${from}>`).length - 1;
  if (opens !== 1 || closes !== 1) throw new Error(`withHeadingLevel: expected one <${from}> in the cached HTML, found ${opens} (${html.slice(0, 120)}…)`);
  return html.replace(`<${from}`, `<${to}`).replace(`</${from}>`, `</${to}>`);
}
