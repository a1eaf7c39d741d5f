// What a district page downloads for its map of unit outlines: the district's GeoJSON file
// (/data/ranh-gioi/<district>.geojson, fetched only when the map scrolls into view), raw and gzip.
// Leaflet's script and stylesheet come on top, shared with every other map of the site.
// Alone: tsx scripts/bench/outlines.ts [DIST_DIR]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface OutlineWeight {
  districts: number;
  medianGzipBytes: number;
  maxGzipBytes: number;
  maxRawBytes: number;
  largest: string;
  perDistrict: Record<string, { rawBytes: number; gzipBytes: number; units: number }>;
}

export function measureDistrictOutlines(distDir: string): OutlineWeight | null {
  const dir = path.join(distDir, 'data/ranh-gioi');
  if (!fs.existsSync(dir)) return null;
  const perDistrict: OutlineWeight['perDistrict'] = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort()) {
    const data = fs.readFileSync(path.join(dir, f));
    perDistrict[f.replace(/\.geojson$/, '')] = { rawBytes: data.length, gzipBytes: zlib.gzipSync(data).length, units: JSON.parse(data.toString('utf8')).features.length };
  }
  const entries = Object.entries(perDistrict);
  if (entries.length === 0) return null;
  const gz = entries.map(([, v]) => v.gzipBytes).sort((a, b) => a - b);
  const largest = entries.reduce((a, b) => (b[1].gzipBytes > a[1].gzipBytes ? b : a));
  return {
    districts: entries.length,
    medianGzipBytes: gz[Math.floor(gz.length / 2)]!,
    maxGzipBytes: largest[1].gzipBytes,
    maxRawBytes: Math.max(...entries.map(([, v]) => v.rawBytes)),
    largest: largest[0],
    perDistrict,
  };
}

export function formatOutlineWeight(w: OutlineWeight): string {
  return `district outlines: median ${(w.medianGzipBytes / 1024).toFixed(1)} KiB gzip, largest ${w.largest} ${(w.maxGzipBytes / 1024).toFixed(1)} KiB gzip (${(w.maxRawBytes / 1024).toFixed(1)} KiB raw), ${w.districts} districts`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const w = measureDistrictOutlines(path.resolve(process.argv[2] ?? 'dist'));
  console.log(w ? formatOutlineWeight(w) : 'no outline files (no units in this content)');
}
