// A remark plugin that turns raw HTML nodes into plain text, so Markdown bodies can never
// inject markup or scripts into a page (the content check also rejects them). Links and images
// whose address runs code or embeds a document (javascript:, vbscript:, data:) keep only their
// text: Markdown's own link syntax would otherwise put `href="javascript:…"` into a page.
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  children?: MdNode[];
}

// Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so strip them first.
const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;
const isUnsafe = (node: MdNode) =>
  (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
  UNSAFE_URL.test((node.url ?? '').replace(/[\u0000-\u0020]/g, ''));

function escapeHtmlNodes(node: MdNode): void {
  if (node.type === 'html') node.type = 'text';
  if (!node.children) return;
  node.children = node.children.flatMap((child): MdNode[] => {
    if (!isUnsafe(child)) return [child];
    if (child.type === 'link') return child.children ?? [];
    if (child.type === 'image') return child.alt ? [{ type: 'text', value: child.alt }] : [];
    return [];
  });
  node.children.forEach(escapeHtmlNodes);
}

export function remarkEscapeHtml() {
  return (tree: MdNode) => escapeHtmlNodes(tree);
}
