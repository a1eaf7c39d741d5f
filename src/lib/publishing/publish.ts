// A build for publishing (PUBLISH=1, as the deployment workflow sets) must know the site's real
// address: canonical links, the sitemap, the feeds and the QR codes printed on labels all carry it.
// Local builds and tests keep the placeholder address of content/site.json.

/** Host names that can never be a published site (RFC 2606/6761 reserved names, local addresses). */
const PLACEHOLDER_HOST = /(^|\.)(example|invalid|test|localhost)$|^example\.(com|net|org)$|^(127\.0\.0\.1|0\.0\.0\.0|\[::1\])$/i;

/** True when the address is not a real one: unparsable, or a reserved or local host (https://ocop-quangnam.example). */
export function isPlaceholderAddress(url: string): boolean {
  if (!URL.canParse(url)) return true;
  return PLACEHOLDER_HOST.test(new URL(url).hostname);
}

/** The problem with an address as a published site address, or undefined when it will do. */
export function publishAddressProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not an absolute web address`;
  }
  if (parsed.protocol !== 'https:') return `"${url}" must start with https://`;
  if (PLACEHOLDER_HOST.test(parsed.hostname)) return `"${url}" is a placeholder address (${parsed.hostname}), not where the site is published`;
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    return `"${url}" has a path: the site's links start at the root of its address, so it must be published at a domain's root (a custom domain, or a <owner>.github.io repository)`;
  }
  return undefined;
}

/**
 * Throws when `env.PUBLISH` is set and the address is not one a site can be published at.
 * `source` says where the address came from, for the error message.
 */
export function assertPublishableAddress(url: string, source: string, env: Record<string, string | undefined> = process.env): void {
  if (!env.PUBLISH || env.PUBLISH === '0') return;
  const problem = publishAddressProblem(url);
  if (problem) {
    throw new Error(
      `PUBLISH is set, but the site address from ${source} will not do: ${problem}. ` +
        `Set SITE_URL to the published address (in GitHub: Settings → Secrets and variables → Actions → Variables → SITE_URL), ` +
        `or build without PUBLISH for a local preview.`,
    );
  }
}
