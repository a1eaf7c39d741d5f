// Reads the content folder's site.json (name, address, licence, map tiles…): province facts stay in content/.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, SITE_CONFIG_FILE } from './content-layout';
import { siteConfigSchema, type SiteConfig } from './schema';

export function loadSiteConfig(dir = contentDir()): SiteConfig {
  const file = path.join(dir, SITE_CONFIG_FILE);
  const parsed = siteConfigSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: invalid site configuration (run npm run check)`);
  const config = parsed.data;
  // SITE_URL lets one content folder be published at another address.
  return process.env.SITE_URL ? { ...config, url: process.env.SITE_URL } : config;
}
