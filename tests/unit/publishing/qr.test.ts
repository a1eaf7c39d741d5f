import jsQR from 'jsqr';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { labelSvg, productCanonicalUrl, qrSvg } from '../../../src/lib/publishing/qr';

describe('productCanonicalUrl', () => {
  it('is the Vietnamese page, the canonical one', () => {
    expect(productCanonicalUrl('https://ocop.example.org', 'nuoc-mam')).toBe('https://ocop.example.org/san-pham/nuoc-mam/');
  });
});

describe('qrSvg', () => {
  it('encodes the address so a reader decodes it back', async () => {
    const url = 'https://ocop.example.org/san-pham/nuoc-mam-dac-biet/';
    const svg = await qrSvg(url, 'Mã QR', { size: 256 });
    const image = new Resvg(svg, { background: '#fff' }).render();
    expect(jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data).toBe(url);
  });

  it('carries an accessible name, escaped', async () => {
    const svg = await qrSvg('https://example.org/', 'Mã QR "Rượu" & <bánh>', { className: 'h-36 w-36' });
    expect(svg).toMatch(/^<svg role="img" aria-label="Mã QR &quot;Rượu&quot; &amp; &lt;bánh&gt;" class="h-36 w-36" xmlns=/);
    expect(svg).toContain('<title>Mã QR &quot;Rượu&quot; &amp; &lt;bánh&gt;</title>');
  });

  it('draws an address once and reuses it with another label or size', async () => {
    const url = 'https://ocop.example.org/san-pham/che-xanh/';
    const vi = await qrSvg(url, 'Mã QR');
    const en = await qrSvg(url, 'QR code');
    const file = await qrSvg(url, 'Mã QR', { size: 512 });
    const drawing = (svg: string) => svg.slice(svg.indexOf('</title>'));
    expect(drawing(en)).toBe(drawing(vi));
    expect(drawing(file)).toBe(drawing(vi));
    expect(file).toMatch(/^<svg role="img" aria-label="Mã QR" width="512" height="512" xmlns=/);
    expect(vi).not.toContain('width=');
    expect(en).toContain('aria-label="QR code"');
  });

  it('labels only the outer element', () => {
    expect(labelSvg('<svg a="1"><g></g></svg>', 'x')).toBe('<svg role="img" aria-label="x" a="1"><title>x</title><g></g></svg>');
  });
});
