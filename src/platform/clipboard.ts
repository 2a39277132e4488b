/**
 * Copies text to the clipboard; false when the browser refuses (permissions, an insecure origin, no
 * clipboard at all). Callers then leave the text selectable on screen instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
