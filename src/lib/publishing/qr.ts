// QR codes that lead to a product's canonical page, where the live certificate status is shown.
import QRCode from 'qrcode';
import { paths } from '../pages/routes';

/** The Vietnamese page is the canonical one: a printed code must outlive a change of reader language. */
export function productCanonicalUrl(siteUrl: string, slug: string): string {
  return new URL(paths.product('vi', slug), siteUrl).href;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Gives the drawing an accessible name, both for inline use (role, aria-label) and as a file (title). */
export function labelSvg(svg: string, label: string, className?: string): string {
  const text = escapeXml(label);
  const attributes = `role="img" aria-label="${text}"${className ? ` class="${escapeXml(className)}"` : ''}`;
  return svg.replace(/^<svg\b([^>]*)>/, `<svg ${attributes}$1><title>${text}</title>`);
}

export interface QrOptions {
  /** Width and height written on the file, in pixels; inline copies are sized by CSS. */
  size?: number;
  className?: string;
}

// The same address is drawn for the Vietnamese and the English product page: the drawing is made
// once per address and kept for the build (a few KB each). The downloadable file is drawn by
// scripts/after-build/write-qr-files.ts in its own process, once per address.
const drawings = new Map<string, Promise<string>>();

/** Error correction M survives a crease or a smudge on a printed label without making the code dense. */
export async function qrSvg(url: string, label: string, options: QrOptions = {}): Promise<string> {
  let drawing = drawings.get(url);
  if (!drawing) {
    drawing = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => svg.trim());
    drawings.set(url, drawing);
  }
  const svg = await drawing;
  const sized = options.size ? svg.replace(/^<svg\b/, `<svg width="${options.size}" height="${options.size}"`) : svg;
  return labelSvg(sized, label, options.className);
}

/** The downloadable file of a product's code: labelled with its name, sized for print. */
export function productQrFile(siteUrl: string, slug: string, label: string): Promise<string> {
  return qrSvg(productCanonicalUrl(siteUrl, slug), label, { size: 512 });
}
