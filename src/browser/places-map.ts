// The map of producers and sales points (/ban-do/). It fetches the open GeoJSON file, draws one
// marker per record (solid: exact point from a source; dashed: the label point of its current ward or
// commune, approximate), clusters markers that overlap, and filters by type, product group and stars.
// `?p=producer/<id>` opens the map on one record's marker. "Near me" lists the nearest places
// (places-near.ts).
import type * as Leaflet from 'leaflet';
import { formatNumber } from '../lib/pages/format';
import type { PlaceFeature, PlaceFeatureCollection } from '../lib/places/place-features';
import { attributionHtml, loadLeaflet, sayWhenTilesFail, type L } from './leaflet-loader';
import { mountNearMe, type NearLabels } from './places-near';

interface MapConfig {
  locale: 'vi' | 'en';
  dataUrl: string;
  tiles: { url: string; attribution: string; attributionUrl: string };
  labels: Record<'approximate' | 'approximateNote' | 'exact' | 'producer' | 'salesPoint' | 'shown' | 'loading' | 'failed' | 'noTiles' | 'planned' | 'closed', string>;
  near: NearLabels;
}

export function mountPlacesMap(root: Document = document): void {
  const section = root.querySelector<HTMLElement>('[data-places-map]');
  const canvas = section?.querySelector<HTMLElement>('[data-map-canvas]');
  const status = section?.querySelector<HTMLElement>('[data-map-status]');
  const form = section?.querySelector<HTMLElement>('[data-map-filters]');
  if (!section || !canvas || !status || !form || !section.dataset.mapConfig) return;
  const config = JSON.parse(section.dataset.mapConfig) as MapConfig;
  section.dataset.mapState = 'loading';
  status.textContent = config.labels.loading;
  draw(section, canvas, form, config).then(
    () => {
      status.hidden = true;
      section.dataset.mapState = 'ready';
    },
    (error: unknown) => {
      status.textContent = config.labels.failed;
      section.dataset.mapState = 'failed';
      console.error(error);
    },
  );
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string, lang?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (lang) node.lang = lang;
  return node;
}

// Popups are built from text nodes, never HTML strings.
function popup(f: PlaceFeature, config: MapConfig): HTMLElement {
  const p = f.properties;
  const en = config.locale === 'en';
  const box = el('div', 'map-popup');
  const title = el('p', 'map-popup-title');
  const a = el('a', undefined, en && p.nameEn ? p.nameEn : p.name, en && !p.nameEn ? 'vi' : undefined);
  a.href = en ? p.pathEn : p.path;
  title.append(a);
  box.append(title, el('p', 'map-popup-detail', `${p.type === 'producer' ? config.labels.producer : config.labels.salesPoint} · ${p.unit ?? p.district}`));
  const note = p.precision === 'exact' ? config.labels.exact : `${config.labels.approximate}. ${config.labels.approximateNote.replace('{unit}', p.unit ?? p.district)}`;
  box.append(el('p', 'map-popup-detail', note));
  // A tourist must not walk to a shop that is not open yet, or no longer.
  if (p.type === 'salesPoint' && (p.status === 'planned' || p.status === 'closed')) box.append(el('p', 'map-popup-status', config.labels[p.status]));
  return box;
}

/** Width and height of a marker, in CSS pixels. */
const MARKER_PX = 24;

function icon(L: L, f: PlaceFeature, config: MapConfig): Leaflet.DivIcon {
  const approximate = f.properties.precision !== 'exact';
  return L.divIcon({
    className: `map-place-marker is-${f.properties.type === 'producer' ? 'producer' : 'sales-point'} ${approximate ? 'is-approximate' : 'is-exact'}`,
    html: el('span', 'sr-only', approximate ? config.labels.approximate : config.labels.exact),
    // A target at least 24 × 24 px (WCAG 2.2 2.5.8), approximate or exact.
    iconSize: [MARKER_PX, MARKER_PX],
  });
}

async function draw(section: HTMLElement, canvas: HTMLElement, form: HTMLElement, config: MapConfig): Promise<void> {
  const [L, response] = await Promise.all([loadLeaflet(true), fetch(config.dataUrl)]);
  if (!response.ok) throw new Error(`${config.dataUrl}: HTTP ${response.status}`);
  const data = (await response.json()) as PlaceFeatureCollection;
  const container = el('div', 'map-leaflet');
  canvas.append(container);
  const map = L.map(container, { scrollWheelZoom: false });
  const tiles = L.tileLayer(config.tiles.url, { maxZoom: 19, attribution: attributionHtml([{ text: config.tiles.attribution, url: config.tiles.attributionUrl }]) }).addTo(map);
  sayWhenTilesFail(tiles, canvas, config.labels.noTiles);
  // Popups stay inside a phone-sized map and clear of the zoom buttons at the top left.
  const popupOptions: Leaflet.PopupOptions = {
    maxWidth: Math.max(160, Math.min(300, container.clientWidth - 120)),
    autoPanPaddingTopLeft: [56, 12],
    autoPanPaddingBottomRight: [12, 12],
  };

  const markers = data.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const approximate = f.properties.precision !== 'exact';
    const name = config.locale === 'en' && f.properties.nameEn ? f.properties.nameEn : f.properties.name;
    const title = approximate ? `${name} (${config.labels.approximate})` : name;
    const marker = L.marker([lat, lon], { icon: icon(L, f, config), title, keyboard: true }).bindPopup(popup(f, config), popupOptions);
    marker.on('add', () => {
      const element = marker.getElement();
      if (element)
        Object.assign(element.dataset, {
          mapMarker: approximate ? 'approximate' : 'exact',
          place: `${f.properties.type}/${f.properties.id}`,
          lat: String(lat),
          lon: String(lon),
        });
    });
    return { f, marker };
  });

  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  map.addLayer(clusters);
  const count = form.querySelector<HTMLElement>('[data-map-count]');
  let shownNow: typeof markers = [];
  const nearMe = mountNearMe(section, {
    L,
    map,
    clusters,
    locale: config.locale,
    labels: { ...config.near, producer: config.labels.producer, salesPoint: config.labels.salesPoint },
    shown: () => shownNow,
  });
  const apply = () => {
    const types = new Set([...form.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((i) => i.value));
    const group = form.querySelector<HTMLSelectElement>('select[name="group"]')?.value ?? '';
    const stars = form.querySelector<HTMLSelectElement>('select[name="stars"]')?.value ?? '';
    const shown = markers.filter(
      ({ f }) => types.has(f.properties.type) && (!group || f.properties.groups.includes(group)) && (!stars || String(f.properties.stars ?? '') === stars),
    );
    clusters.clearLayers();
    clusters.addLayers(shown.map((m) => m.marker));
    if (count) count.textContent = config.labels.shown.replace('{n}', formatNumber(config.locale, shown.length));
    section.dataset.shown = String(shown.length);
    shownNow = shown;
    return shown;
  };
  form.hidden = false;
  form.addEventListener('change', () => {
    apply();
    nearMe();
  });
  const shown = apply();
  if (shown.length > 0) map.fitBounds(L.latLngBounds(shown.map(({ marker }) => marker.getLatLng())), { padding: [24, 24], maxZoom: 13 });
  else map.setView([15.6, 108.2], 9);

  const wanted = new URLSearchParams(location.search).get('p');
  const target = wanted ? markers.find(({ f }) => `${f.properties.type}/${f.properties.id}` === wanted) : undefined;
  if (target) clusters.zoomToShowLayer(target.marker, () => target.marker.openPopup());
}
