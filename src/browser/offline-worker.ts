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
