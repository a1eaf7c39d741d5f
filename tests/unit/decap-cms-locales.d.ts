// Decap CMS's phrase files, read by tests/unit/cms/cms-locale.test.ts (the package ships no types).
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
