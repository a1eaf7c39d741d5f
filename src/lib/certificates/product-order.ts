// The order of every list of products: those with a certificate in force today first (valid, or
// valid but expiring soon), then by stars (star level not stated after 3★, no certificate last),
// then by name. The build orders the lists for its own day; the reader's browser orders each list
// again for the day it is read (src/browser/product-lists.ts), from the same status dates, so a
// certificate that expired since the build moves behind those still in force.
import { isInForce, statusOn, type StatusDates } from './certificate';
import type { IsoDate } from './dates';

/** What the order looks at, in a form that survives a round trip through data-* attributes. */
export interface OrderFacts {
  /** The current certificate's status dates; none without a certificate. */
  dates?: StatusDates;
  /** 5, 4 or 3; 1 for OCOP without a stated star level; 0 without a certificate. */
  stars: number;
  /** The place of the name in the list's alphabetical order. */
  nameRank: number;
}

/** In force on a day, from the dates alone. */
export const inForceOn = (dates: StatusDates | undefined, on: IsoDate): boolean => (dates ? isInForce(statusOn(dates, on)) : false);

/** Compares two products for a day: in force first, then stars, then name. */
export function compareOn(on: IsoDate): (a: OrderFacts, b: OrderFacts) => number {
  return (a, b) => Number(inForceOn(b.dates, on)) - Number(inForceOn(a.dates, on)) || b.stars - a.stars || a.nameRank - b.nameRank;
}

/** The items in list order for a day (a new array; ties keep their order). */
export function orderOn<T extends OrderFacts>(items: readonly T[], on: IsoDate): T[] {
  return [...items].sort(compareOn(on));
}

/** How many of the items are in force on a day. */
export const countInForceOn = (items: readonly Pick<OrderFacts, 'dates'>[], on: IsoDate): number => items.filter((x) => inForceOn(x.dates, on)).length;
