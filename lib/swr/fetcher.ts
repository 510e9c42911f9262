/** The one fetcher for every SWR hook: JSON from our API, an Error with the problem detail otherwise. */
export async function fetchJson<T>(url: string): Promise<T> {
  // Always ask the server; the ETag makes an unchanged answer a cheap 304.
  const response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-cache" });
  if (!response.ok) {
    const detail = await response
      .json()
      .then((p: { detail?: string }) => p.detail)
      .catch(() => undefined);
    throw new Error(detail ?? `HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}
