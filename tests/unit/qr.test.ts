import jsQR from 'jsqr';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { labelSvg, productCanonicalUrl, qrSvg } from '../../src/lib/qr';

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

  it('labels only the outer element', () => {
    expect(labelSvg('<svg a="1"><g></g></svg>', 'x')).toBe('<svg role="img" aria-label="x" a="1"><title>x</title><g></g></svg>');
  });
});
