// A handful of small synthetic photos (coloured shapes, no text), reused across products: enough
// to exercise astro:assets' transforms and its cache without making the benchmark about images.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Random } from './random.ts';

const PALETTE = ['#b45309', '#15803d', '#0e7490', '#9f1239', '#4d7c0f', '#a16207', '#7c2d12', '#1d4ed8', '#6d28d9', '#be185d'];

function picture(random: Random, width: number, height: number): string {
  const [a, b, c] = random.sample(PALETTE, 3);
  const shapes = Array.from({ length: 6 }, () => {
    const r = random.int(40, 160);
    return `<circle cx="${random.int(0, width)}" cy="${random.int(0, height)}" r="${r}" fill="${random.pick([b, c])}" fill-opacity="0.6"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${c}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
}

/** Writes `count` JPEGs (800×600) into `dir`; returns their file names. */
export async function writeSyntheticPhotos(dir: string, count: number, random: Random): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `anh-gia-lap-${i}.jpg`;
    await sharp(Buffer.from(picture(random, 800, 600))).jpeg({ quality: 78 }).toFile(path.join(dir, name));
    names.push(name);
  }
  return names;
}
