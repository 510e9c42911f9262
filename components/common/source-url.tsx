/** A source's own address, written out in full and opened in a new tab; or what to say when there is none. */
export function SourceUrl({ url, none }: { url: string | null; none: string }) {
  return url ? (
    <a
      href={url}
      rel="noopener noreferrer external"
      target="_blank"
      className="inline-block py-0.5 text-tremor-brand underline dark:text-dark-tremor-brand"
    >
      {url}
    </a>
  ) : (
    <span className="ink">{none}</span>
  );
}
