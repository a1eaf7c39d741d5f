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

/**
 * Without tiles (offline, tile server down) a map is a blank grey box: a note over the map says
 * why until a tile arrives (styled in places-map.css, which every map loads).
 */
export function sayWhenTilesFail(tiles: Leaflet.TileLayer, canvas: HTMLElement, text: string): void {
  const note = document.createElement('p');
  note.className = 'map-no-tiles';
  note.textContent = text;
  note.setAttribute('role', 'status');
  note.dataset.mapNoTiles = '';
  note.hidden = true;
  canvas.append(note);
  let loaded = 0;
  tiles.on('tileload', () => {
    loaded += 1;
    note.hidden = true;
  });
  tiles.on('tileerror', () => {
    if (loaded === 0) note.hidden = false;
  });
}
