// The sales-point map. Leaflet and its stylesheet are fetched only when the map scrolls into view or
// a "show map" button is pressed, so the list stays the fast, primary view. Everything the map shows
// comes from the JSON in the section's data-map-data attribute (the CSP forbids inline scripts).
import type * as Leaflet from 'leaflet';
import iconRetina from 'leaflet/dist/images/marker-icon-2x.png';
import icon from 'leaflet/dist/images/marker-icon.png';
import shadow from 'leaflet/dist/images/marker-shadow.png';
import { formatNumber } from '../lib/pages/format';
import type { ApproximateMarker, LocatedMarker, MapLabel, MapPayload } from '../lib/places/places';

type L = typeof Leaflet;

/** Starts every sales-point map on the page; safe to call once per page load. */
export function mountSalesPointMaps(root: Document = document): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-sales-point-map]')) mountMap(section, root);
}

function mountMap(section: HTMLElement, root: Document): void {
  const canvas = section.querySelector<HTMLElement>('[data-map-canvas]');
  const status = section.querySelector<HTMLElement>('[data-map-status]');
  const data = section.dataset.mapData;
  if (!canvas || !status || !data) return;
  const payload = JSON.parse(data) as MapPayload;

  let observer: IntersectionObserver | undefined;
  let started = false;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>(`[data-map-show="${section.id}"]`)];
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    for (const b of buttons) b.hidden = true;
    section.dataset.mapState = 'loading';
    status.textContent = payload.labels.loading;
    status.hidden = false;
    drawMap(canvas, payload).then(
      () => {
        status.hidden = true;
        section.dataset.mapState = 'ready';
      },
      (error: unknown) => {
        status.textContent = payload.labels.failed;
        section.dataset.mapState = 'failed';
        console.error(error);
      },
    );
  };

  // Without JavaScript the status says the map needs it; with it, the buttons take over.
  status.hidden = true;
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      start();
      section.scrollIntoView({ block: 'start' });
      canvas.focus({ preventScroll: true });
    });
  }
  if ('IntersectionObserver' in window) {
    observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '200px 0px' });
    observer.observe(canvas);
  }
}

async function drawMap(canvas: HTMLElement, payload: MapPayload): Promise<void> {
  // The loader too is fetched only now: nothing of Leaflet's loads before the map is wanted.
  const { attributionHtml, loadLeaflet, sayWhenTilesFail } = await import('./leaflet-loader');
  const L = await loadLeaflet();
  // The map gets its own layer over the frame, so the status line stays underneath for failures.
  const container = el('div', 'map-leaflet');
  canvas.append(container);
  let map: Leaflet.Map;
  try {
    map = L.map(container, { scrollWheelZoom: false });
  } catch (error) {
    container.remove();
    throw error;
  }
  const tiles = L.tileLayer(payload.tiles.url, { maxZoom: 19, attribution: attributionHtml([{ text: payload.tiles.attribution, url: payload.tiles.attributionUrl }]) }).addTo(map);
  sayWhenTilesFail(tiles, canvas, payload.labels.noTiles);

  // Leaflet guesses its default icon's path from its CSS, which breaks once Vite hashes file names:
  // give it the imported images outright, so they are served from this site.
  const pin = L.icon({
    iconUrl: icon.src,
    iconRetinaUrl: iconRetina.src,
    shadowUrl: shadow.src,
    iconSize: [25, 41],
    iconAnchor: [12, 41],
    popupAnchor: [1, -34],
    shadowSize: [41, 41],
  });

  // Leaflet's default popup (300 px plus margins) is wider than a phone-sized map: keep it inside,
  // and clear of the zoom buttons at the top left, which sit above popups.
  const popup: Leaflet.PopupOptions = {
    maxWidth: Math.max(160, Math.min(300, container.clientWidth - 120)),
    maxHeight: Math.max(160, container.clientHeight - 90),
    autoPanPaddingTopLeft: [56, 12],
    autoPanPaddingBottomRight: [12, 12],
  };
  const points: Leaflet.LatLngExpression[] = [];
  for (const m of payload.markers.located) {
    const marker = L.marker([m.lat, m.lon], { icon: pin, title: m.name.text, alt: m.name.text, keyboard: true }).bindPopup(locatedPopup(m), popup);
    tag(marker, { mapMarker: 'located', salesPoint: m.id });
    marker.addTo(map);
    points.push([m.lat, m.lon]);
  }
  for (const m of payload.markers.approximate) {
    const title = `${payload.labels.approximate}: ${m.district.text}`;
    const marker = L.marker([m.lat, m.lon], { icon: approximateIcon(L, m, payload.locale), title, keyboard: true }).bindPopup(
      approximatePopup(m, payload.labels),
      popup,
    );
    tag(marker, { mapMarker: 'approximate', district: m.districtId });
    marker.addTo(map);
    points.push([m.lat, m.lon]);
  }
  if (points.length > 0) map.fitBounds(L.latLngBounds(points), { padding: [32, 32], maxZoom: 13 });
}

// Leaflet creates a marker's element only once the map has a view, so label it when it appears
// (tests and styles find markers by these attributes).
function tag(marker: Leaflet.Marker, data: Record<string, string>): void {
  marker.on('add', () => {
    const element = marker.getElement();
    if (element) Object.assign(element.dataset, data);
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: MapLabel | string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (typeof text === 'string') node.textContent = text;
  else if (text) {
    node.textContent = text.text;
    if (text.lang) node.lang = text.lang;
  }
  return node;
}

function link(label: MapLabel, href: string): HTMLAnchorElement {
  const a = el('a', undefined, label);
  a.href = href;
  return a;
}

// Popups are built as DOM nodes from text, never as HTML strings, so content cannot inject markup.
function locatedPopup(m: LocatedMarker): HTMLElement {
  const box = el('div', 'map-popup');
  const name = el('p', 'map-popup-title');
  name.append(link(m.name, m.url));
  box.append(name, el('p', 'map-popup-detail', m.detail));
  return box;
}

function approximatePopup(m: ApproximateMarker, labels: MapPayload['labels']): HTMLElement {
  const box = el('div', 'map-popup');
  const title = el('p', 'map-popup-title', `${labels.approximate}: `);
  title.append(el('span', undefined, m.district));
  const list = el('ul', 'map-popup-list');
  for (const s of m.salesPoints) {
    const item = el('li');
    item.append(link(s.name, s.url));
    list.append(item);
  }
  box.append(title, el('p', 'map-popup-detail', labels.approximateNote), list);
  return box;
}

function approximateIcon(L: L, m: ApproximateMarker, locale: MapPayload['locale']): Leaflet.DivIcon {
  const count = el('span', undefined, formatNumber(locale, m.salesPoints.length));
  return L.divIcon({ className: 'map-approximate-marker', html: count, iconSize: [32, 32] });
}
