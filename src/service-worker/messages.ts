// What the pages and the service worker say to each other (over a MessageChannel).
import type { Locale } from '../lib/routes';

export interface OfflineState {
  /** The build whose files the worker holds. */
  version: string;
  /** Languages whose pack is stored, and when. */
  languages: Partial<Record<Locale, { savedAt: string; files: number }>>;
  /** Districts saved with the "save for offline" button, keyed "<locale>:<district id>". */
  districts: Record<string, { savedAt: string; pages: number }>;
}

export type OfflineRequest =
  | { type: 'status' }
  | { type: 'store-language'; locale: Locale }
  | { type: 'save-district'; locale: Locale; list: string };

/** From the active worker to a new build's waiting worker: skip waiting now (see sw.ts, "Handing over"). */
export interface SkipWaitingNudge {
  type: 'skip-waiting';
}

export type OfflineReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'state'; state: OfflineState }
  | { type: 'error'; message: string };
