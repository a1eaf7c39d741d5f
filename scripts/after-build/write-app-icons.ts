// The installed app's icons, made from the site's own mark (public/favicon.svg, copied to dist/)
// with resvg: 192 and 512 px as they are, and a 512 px "maskable" icon whose mark sits inside the
// safe zone (the middle 80%) on a full square of the mark's red, so a round or squircle mask
// never cuts it.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { paths } from '../../src/lib/pages/routes.ts';
import { THEME_COLOUR } from '../../src/lib/publishing/web-app-manifest.ts';

function render(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng());
}

/** The mark scaled to `share` of a square of `background` (viewBox 0 0 100 100). */
export function maskableSvg(markSvg: string, background: string, share = 0.72): string {
  const mark = /<svg[^>]*viewBox="([^"]+)"[^>]*>([\s\S]*)<\/svg>/.exec(markSvg);
  if (!mark) throw new Error('favicon.svg: expected an <svg> element with a viewBox');
  const size = 100 * share;
  const offset = (100 - size) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${background}"/>` +
    `<svg x="${offset}" y="${offset}" width="${size}" height="${size}" viewBox="${mark[1]}">${mark[2]}</svg></svg>`
  );
}

export function writeAppIcons(distDir: string): string[] {
  const source = path.join(distDir, 'favicon.svg');
  if (!fs.existsSync(source)) throw new Error(`${source}: the site's mark is missing (public/favicon.svg); the app icons are made from it`);
  const mark = fs.readFileSync(source, 'utf8');
  const files: [string, Buffer][] = [
    [paths.appIcon(192), render(mark, 192)],
    [paths.appIcon(512), render(mark, 512)],
    [paths.appIcon(512, 'maskable'), render(maskableSvg(mark, THEME_COLOUR), 512)],
  ];
  for (const [url, png] of files) {
    const file = path.join(distDir, url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, png);
  }
  return files.map(([url]) => url);
}
