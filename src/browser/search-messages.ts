// Fills the message templates the page passes to the script: "{n} results for “{q}”".
export type Plural = { one: string; other: string };

/** The template with {name} placeholders replaced; a one/other pair is chosen by vars.n. */
export function formatMessage(template: string | Plural, vars: Record<string, string | number> = {}): string {
  const text = typeof template === 'string' ? template : vars.n === 1 ? template.one : template.other;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
