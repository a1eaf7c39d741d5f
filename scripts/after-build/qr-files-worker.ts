// Runs writeQrFiles in a worker thread, so the QR files are drawn while Pagefind indexes
// (scripts/after-build/main.ts): drawing is CPU work in JavaScript, Pagefind a process of its own.
import { parentPort, workerData } from 'node:worker_threads';
import { writeQrFiles } from './write-qr-files.ts';

const { distDir } = workerData as { distDir: string };
parentPort!.postMessage(await writeQrFiles(distDir));
