// Leaflet with the marker-cluster plugin. The plugin is a UMD script that extends a global `L`,
// so Leaflet is published as that global before the plugin is imported.
import type * as Leaflet from 'leaflet';

export type L = typeof Leaflet;

export async function loadLeaflet(withClusters = false): Promise<L> {
  const [mod] = await Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css'), import('./places-map.css')]);
  const L = ((mod as unknown as { default?: L }).default ?? mod) as L;
  if (withClusters) {
    (globalThis as unknown as { L: L }).L = L;
    await Promise.all([
      import('leaflet.markercluster'),
      import('leaflet.markercluster/dist/MarkerCluster.css'),
      import('leaflet.markercluster/dist/MarkerCluster.Default.css'),
    ]);
  }
  return L;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Leaflet takes attribution as HTML: build it from escaped values. */
export function attributionHtml(parts: { text: string; url: string }[]): string {
  return parts.map((p) => `<a href="${escapeHtml(p.url)}" target="_blank" rel="noopener">${escapeHtml(p.text)}</a>`).join(' · ');
}
