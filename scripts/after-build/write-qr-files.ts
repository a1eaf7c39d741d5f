// Writes each product's QR code file (/san-pham/<slug>/qr.svg) into the built site. Done after
// astro build rather than as an Astro endpoint: a third of the site's pages were these files, and
// Astro's cost per page (time and memory that grow with the page count) is not worth paying for
// a file that needs neither a layout nor a component.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../../src/lib/content/content-layout.ts';
import { vi } from '../../src/i18n/vi.ts';
import { productQrFile } from '../../src/lib/publishing/qr.ts';
import { paths } from '../../src/lib/pages/routes.ts';
import { loadSiteConfig } from '../../src/lib/content/site-config.ts';
import { readContent } from '../shared/read-content.ts';

export async function writeQrFiles(distDir: string, root = contentDir()): Promise<number> {
  const site = loadSiteConfig(root);
  const products = readContent(root).filter((r) => r.collection === 'products');
  for (const product of products) {
    const name = (product.data as { name?: unknown } | undefined)?.name;
    if (typeof name !== 'string') throw new Error(`${product.file}: name: no product name to label its QR code (run npm run check)`);
    const file = path.join(distDir, paths.productQr(product.id));
    // The product page lives in the same folder, so a missing folder means the build lacks the page.
    if (!fs.existsSync(path.dirname(file))) throw new Error(`${file}: the product page ${product.id} was not built`);
    fs.writeFileSync(file, await productQrFile(site.url, product.id, vi.data.qr.label(name)));
  }
  return products.length;
}
