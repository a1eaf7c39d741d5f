// A district page's map of the outlines of its new wards and communes. The GeoJSON file (a few KB
// to a few tens of KB) and Leaflet are fetched only when the map scrolls into view.
import { attributionHtml, loadLeaflet } from './leaflet-loader';

interface OutlineConfig {
  tiles: { url: string; attribution: string; attributionUrl: string };
  loading: string;
  failed: string;
}

interface Outlines {
  attribution?: { text: string; url: string };
  features: { properties: { name: string; kind: string; label: [number, number] } }[];
}

export function mountOutlineMaps(root: Document = document): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-unit-outlines]')) {
    const canvas = section.querySelector<HTMLElement>('[data-map-canvas]');
    const status = section.querySelector<HTMLElement>('[data-map-status]');
    const url = section.dataset.outlinesUrl;
    if (!canvas || !status || !url || !section.dataset.mapConfig) continue;
    const config = JSON.parse(section.dataset.mapConfig) as OutlineConfig;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      section.dataset.mapState = 'loading';
      status.textContent = config.loading;
      draw(canvas, url, config).then(
        () => {
          status.hidden = true;
          section.dataset.mapState = 'ready';
        },
        (error: unknown) => {
          status.textContent = config.failed;
          section.dataset.mapState = 'failed';
          console.error(error);
        },
      );
    };
    if ('IntersectionObserver' in window) {
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          start();
        }
      }, { rootMargin: '200px 0px' });
      observer.observe(canvas);
    }
  }
}

async function draw(canvas: HTMLElement, url: string, config: OutlineConfig): Promise<void> {
  const [L, response] = await Promise.all([loadLeaflet(), fetch(url)]);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const data = (await response.json()) as Outlines;
  const container = document.createElement('div');
  container.className = 'map-leaflet';
  canvas.append(container);
  const map = L.map(container, { scrollWheelZoom: false, zoomSnap: 0.25 });
  const credits = [{ text: config.tiles.attribution, url: config.tiles.attributionUrl }, ...(data.attribution ? [data.attribution] : [])];
  L.tileLayer(config.tiles.url, { maxZoom: 19, attribution: attributionHtml(credits) }).addTo(map);
  const layer = L.geoJSON(data as never, { style: { color: '#8b1a1a', weight: 2, fillOpacity: 0.08 } }).addTo(map);
  for (const f of data.features) {
    const [lon, lat] = f.properties.label;
    L.tooltip({ permanent: true, direction: 'center', className: 'map-unit-label' }).setLatLng([lat, lon]).setContent(`${f.properties.kind} ${f.properties.name}`.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)).addTo(map);
  }
  map.fitBounds(layer.getBounds(), { padding: [8, 8] });
}
