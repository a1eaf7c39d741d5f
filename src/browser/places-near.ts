// The places map's "near me": on a press of its button (never by itself) it asks the browser for the
// reader's position, lists the places nearest to it among those the filters show (leaving out
// sales points that are only planned or have closed), and marks the
// reader on the map. The position stays in the page: it is not stored or sent anywhere.
import type * as Leaflet from 'leaflet';
import { formatDistance } from '../lib/pages/format';
import { FAR_AWAY_KM, nearMeCandidates, nearestPlaces } from '../lib/places/nearest-places';
import type { Geo } from '../lib/places/places';
import type { PlaceFeature } from '../lib/places/place-features';
import { paths } from '../lib/pages/routes';
import type { L } from './leaflet-loader';

export interface NearLabels {
  locating: string;
  approximate: string;
  showOnMap: string;
  youAreHere: string;
  farAway: string;
  /** A link to the district page of the nearest place ({district}): its sales points come first there. */
  district: string;
  none: string;
  denied: string;
  unavailable: string;
}

export interface MappedPlace {
  f: PlaceFeature;
  marker: Leaflet.Marker;
}

export interface NearMeOptions {
  L: L;
  map: Leaflet.Map;
  clusters: Leaflet.MarkerClusterGroup;
  locale: 'vi' | 'en';
  labels: NearLabels & { producer: string; salesPoint: string };
  /** The places the filters show now. */
  shown: () => MappedPlace[];
}

/** How many of the nearest places are listed. */
const NEAREST = 5;

const positionOf = ({ f }: MappedPlace): Geo => ({ lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0] });

/** Shows the "near me" block when the browser can give a position; returns what re-lists after a filter change. */
export function mountNearMe(section: HTMLElement, options: NearMeOptions): () => void {
  const box = section.querySelector<HTMLElement>('[data-map-near]');
  const button = box?.querySelector<HTMLButtonElement>('[data-map-locate]');
  const status = box?.querySelector<HTMLElement>('[data-near-status]');
  const help = box?.querySelector<HTMLElement>('[data-near-help]');
  const results = box?.querySelector<HTMLElement>('[data-near-results]');
  const list = results?.querySelector<HTMLOListElement>('[data-near-list]');
  const approximateNote = results?.querySelector<HTMLElement>('[data-near-approximate]');
  const districtNote = results?.querySelector<HTMLElement>('[data-near-district]');
  // Browsers give a position to secure pages only (https, or localhost).
  if (!box || !button || !status || !help || !results || !list || !approximateNote || !districtNote || !('geolocation' in navigator) || !window.isSecureContext) return () => {};
  const { L, map, clusters, locale, labels } = options;
  let here: Geo | undefined;
  let hereMarker: Leaflet.CircleMarker | undefined;
  box.hidden = false;

  const render = (fit: boolean) => {
    if (!here) return;
    const nearest = nearestPlaces(nearMeCandidates(options.shown(), (m) => m.f.properties), here, positionOf, NEAREST);
    list.replaceChildren(...nearest.map(({ place, km }) => item(place, km)));
    results.hidden = false;
    approximateNote.hidden = !nearest.some(({ place }) => place.f.properties.precision !== 'exact');
    // Sales points without a known position are on the map nowhere, but their district's page lists them.
    const closest = nearest[0]?.km !== undefined && nearest[0].km <= FAR_AWAY_KM ? nearest[0].place.f.properties : undefined;
    districtNote.hidden = !closest;
    if (closest) {
      const a = document.createElement('a');
      a.href = paths.district(locale, closest.districtId);
      a.textContent = labels.district.replace('{district}', closest.district);
      districtNote.replaceChildren(a);
    } else districtNote.replaceChildren();
    status.textContent = nearest.length === 0 ? labels.none : nearest[0]!.km > FAR_AWAY_KM ? labels.farAway.replace('{distance}', formatDistance(locale, nearest[0]!.km)) : '';
    section.dataset.near = 'listed';
    if (fit) map.fitBounds(L.latLngBounds([here, ...nearest.map((n) => positionOf(n.place))].map((g) => [g.lat, g.lon] as [number, number])), { padding: [32, 32], maxZoom: 15 });
  };

  const item = (place: MappedPlace, km: number): HTMLLIElement => {
    const p = place.f.properties;
    const li = document.createElement('li');
    li.dataset.place = `${p.type}/${p.id}`;
    li.dataset.km = String(km);
    const link = document.createElement('a');
    link.href = locale === 'en' ? p.pathEn : p.path;
    link.className = 'font-semibold';
    link.textContent = locale === 'en' && p.nameEn ? p.nameEn : p.name;
    if (locale === 'en' && !p.nameEn) link.lang = 'vi';
    const distance = formatDistance(locale, km);
    const detail = document.createElement('span');
    detail.className = 'block text-sm text-muted';
    detail.textContent = `${p.precision === 'exact' ? distance : labels.approximate.replace('{distance}', distance)} · ${p.type === 'producer' ? labels.producer : labels.salesPoint} · ${p.unit ?? p.district}`;
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'min-h-6 text-sm underline';
    show.textContent = labels.showOnMap;
    show.addEventListener('click', () => {
      map.getContainer().scrollIntoView({ block: 'center' });
      clusters.zoomToShowLayer(place.marker, () => place.marker.openPopup());
    });
    li.append(link, detail, show);
    return li;
  };

  button.addEventListener('click', () => {
    button.disabled = true;
    help.hidden = true;
    status.textContent = labels.locating;
    section.dataset.near = 'locating';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        button.disabled = false;
        here = { lat: position.coords.latitude, lon: position.coords.longitude };
        hereMarker?.remove();
        hereMarker = L.circleMarker([here.lat, here.lon], { radius: 12, weight: 3, color: '#fff', fillColor: '#1d4ed8', fillOpacity: 1, className: 'map-you' })
          .bindTooltip(labels.youAreHere)
          .addTo(map);
        render(true);
      },
      (error) => {
        button.disabled = false;
        status.textContent = error.code === error.PERMISSION_DENIED ? labels.denied : labels.unavailable;
        help.hidden = false;
        results.hidden = true;
        section.dataset.near = 'failed';
      },
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  });
  return () => render(false);
}
