// Markdown written in a content field (a record's English text) turned into HTML by the same
// processor as the Markdown bodies (Sätteri), with the same plugin that escapes raw HTML and drops
// javascript: links, so a field can never put markup or scripts into a page.
import { markdownToHtml } from 'satteri';
import { escapeHtml } from './markdown-escape-html';

export function markdownHtml(markdown: string): string {
  return (markdownToHtml(markdown, { mdastPlugins: [escapeHtml] }) as { html: string }).html;
}
