// Content types of the files a built site serves, for the small local servers of the scripts
// (the dev server's search index, the benchmark's host).
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** The type for a file name; Pagefind's .pf_* chunks and anything unknown are plain bytes. */
export const contentTypeOf = (file: string): string => CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
