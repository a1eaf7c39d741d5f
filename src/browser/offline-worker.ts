// Talking to the service worker (src/service-worker/sw.ts): one request, its progress, its answer.
import type { OfflineReply, OfflineRequest, OfflineSetOffer, OfflineState } from '../service-worker/messages';
import type { Locale } from '../lib/pages/routes';

export type Progress = (done: number, total: number) => void;

type Answer = Exclude<OfflineReply, { type: 'progress' | 'error' }>;

/** Sends a request to the active worker over its own channel; resolves with its answer, rejects with its error. */
function ask(worker: ServiceWorker, request: OfflineRequest, progress?: Progress): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return progress?.(reply.done, reply.total);
      channel.port1.close();
      if (reply.type === 'error') reject(new Error(reply.message));
      else resolve(reply);
    };
    worker.postMessage(request, [channel.port2]);
  });
}

/** A request answered with the worker's state (status, store-language, save-district, save-set). */
export async function askWorker(worker: ServiceWorker, request: OfflineRequest, progress?: Progress): Promise<OfflineState> {
  const answer = await ask(worker, request, progress);
  if (answer.type !== 'state') throw new Error(`expected the worker's state, got ${answer.type}`);
  return answer.state;
}

/** The sets this build offers in a language (those the automatic copy left out), with their sizes. */
export async function describeSets(worker: ServiceWorker, locale: Locale): Promise<OfflineSetOffer[]> {
  const answer = await ask(worker, { type: 'describe-sets', locale });
  if (answer.type !== 'sets') throw new Error(`expected the sets, got ${answer.type}`);
  return answer.sets;
}
