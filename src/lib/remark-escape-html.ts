// A remark plugin that turns raw HTML nodes into plain text, so Markdown bodies can never
// inject markup or scripts into a page (the content check also rejects them).
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

function escapeHtmlNodes(node: MdNode): void {
  if (node.type === 'html') node.type = 'text';
  node.children?.forEach(escapeHtmlNodes);
}

export function remarkEscapeHtml() {
  return (tree: MdNode) => escapeHtmlNodes(tree);
}
