// Talking to the service worker (src/service-worker/sw.ts): one request, its progress, its answer.
import type { OfflineReply, OfflineRequest, OfflineState } from '../service-worker/messages';

export type Progress = (done: number, total: number) => void;

/** Sends a request to the active worker over its own channel; resolves with the worker's state. */
export function askWorker(worker: ServiceWorker, request: OfflineRequest, progress?: Progress): Promise<OfflineState> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return progress?.(reply.done, reply.total);
      channel.port1.close();
      if (reply.type === 'state') resolve(reply.state);
      else reject(new Error(reply.message));
    };
    worker.postMessage(request, [channel.port2]);
  });
}

/** "1 Dec 2026, 22:40" in the page's language, in the visitor's time zone. */
export function formatSavedAt(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
