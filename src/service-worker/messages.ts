// What the pages and the service worker say to each other (over a MessageChannel).
import type { OfflineSetId } from '../lib/offline/offline-plan';
import type { Locale } from '../lib/pages/routes';

export interface OfflineState {
  /** The build whose files the worker holds. */
  version: string;
  /** Languages whose pack is stored, and when. */
  languages: Partial<Record<Locale, { savedAt: string; files: number }>>;
  /** Districts saved with the "save for offline" button, keyed "<locale>:<district id>". */
  districts: Record<string, { savedAt: string; pages: number }>;
  /** Sets saved on request (the search index, the list pages), keyed "<locale>:<set>". */
  sets?: Record<string, { savedAt: string; files: number }>;
}

/** A set this version offers in a language (the automatic copy left it out), with its size and when it was saved. */
export interface OfflineSetOffer {
  id: OfflineSetId;
  files: number;
  bytes: number;
  savedAt?: string;
}

export type OfflineRequest =
  | { type: 'status' }
  | { type: 'store-language'; locale: Locale }
  | { type: 'save-district'; locale: Locale; list: string }
  | { type: 'describe-sets'; locale: Locale }
  | { type: 'save-set'; locale: Locale; set: OfflineSetId };

/** From the active worker to a new build's waiting worker: skip waiting now (see sw.ts, "Handing over"). */
export interface SkipWaitingNudge {
  type: 'skip-waiting';
}

export type OfflineReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'state'; state: OfflineState }
  | { type: 'sets'; sets: OfflineSetOffer[] }
  | { type: 'error'; message: string };
