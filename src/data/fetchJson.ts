/** Why a file could not be used, in words a banner can show. */
export class FileLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Fetches JSON from the app's own origin, turning HTTP and parse failures into FileLoadError. */
export async function fetchJson(path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(path, document.baseURI));
  } catch {
    throw new FileLoadError(path, 'the file could not be reached');
  }
  if (!response.ok) throw new FileLoadError(path, `the server answered ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new FileLoadError(path, 'the file is not valid JSON (truncated or corrupt?)');
  }
}
