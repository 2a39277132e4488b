/**
 * Only http and https links are kept: a `javascript:` or `data:` link must never reach an href.
 * Returns the normalised link, or null for anything else (relative, other schemes, no host).
 */
export function safeHttpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 ? url.href : null;
  } catch {
    return null;
  }
}

export function isHttpUrl(value: string): boolean {
  return safeHttpUrl(value) !== null;
}
