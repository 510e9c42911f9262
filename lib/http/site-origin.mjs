// The origin every absolute address the tracker writes is made on (citations, embed code, chart files,
// feeds, share images, hreflang alternates). Plain JavaScript: server.mjs checks it before Next.js starts,
// and lib/ui/site.ts reads the same answer from the same environment while pages are rendered.
//
// - SITE_ORIGIN set: the deployer's public address. It must be an absolute http(s) origin (scheme, host,
//   optional port; a trailing "/" is allowed, nothing else): the server refuses to start otherwise.
// - SITE_ORIGIN not set: the server's own listening address, http://localhost:<PORT> (PORT defaults to
//   3000), or http://<HOST>:<PORT> when HOST names one address rather than all of them (0.0.0.0, ::).
// Never a request's Host header: no request may steer the links handed to other readers.

const DEFAULT_PORT = "3000";
const ALL_ADDRESSES = new Set(["", "0.0.0.0", "::", "[::]", "::0"]);

/** "SITE_ORIGIN must be …": the one line the server prints before refusing to start. */
function refusal(raw, why) {
  return (
    `SITE_ORIGIN must be an absolute http(s) origin such as https://tracker.example.org (${why}); ` +
    `got ${JSON.stringify(raw.length > 100 ? `${raw.slice(0, 100)}…` : raw)}.`
  );
}

/** A configured SITE_ORIGIN as an origin, or why it is not one. */
function checkConfigured(raw) {
  if (!/^https?:\/\//i.test(raw))
    return { ok: false, message: refusal(raw, "it must start with http:// or https://") };
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: refusal(raw, "it is not an absolute address") };
  }
  if (url.username !== "" || url.password !== "")
    return { ok: false, message: refusal(raw, "no user name or password") };
  // Only the origin, or the origin and "/": a path, query or fragment would be silently cut off.
  if (url.pathname !== "/" || /[?#]/.test(raw))
    return { ok: false, message: refusal(raw, "no path, query or fragment") };
  return { ok: true, origin: url.origin, configured: true, why: "from SITE_ORIGIN" };
}

/** The server's own address: localhost for "every address", else the address HOST names. */
function listeningOrigin(env) {
  const port = String(env.PORT ?? DEFAULT_PORT).trim() || DEFAULT_PORT;
  const host = String(env.HOST ?? "").trim();
  const name = ALL_ADDRESSES.has(host)
    ? "localhost"
    : host.includes(":") && !host.startsWith("[")
      ? `[${host}]`
      : host;
  let origin;
  try {
    origin = new URL(`http://${name}:${port}`).origin;
  } catch {
    origin = `http://localhost:${port}`;
  }
  return {
    ok: true,
    origin,
    configured: false,
    why: "SITE_ORIGIN is not set: the server's own address; set SITE_ORIGIN to the public one",
  };
}

/**
 * The site's origin from the environment: `{ ok: true, origin, configured, why }`, or `{ ok: false,
 * message }` when SITE_ORIGIN is set but is not an absolute http(s) origin. An empty SITE_ORIGIN is unset.
 */
export function resolveSiteOrigin(env) {
  const raw = String(env.SITE_ORIGIN ?? "").trim();
  return raw === "" ? listeningOrigin(env) : checkConfigured(raw);
}
