/**
 * Where each kind of record is shown on the site, without the language prefix. Table rows, the change log,
 * search results and embeds all link through these, so a record's address is written once.
 */
export const recordPage = {
  figure: (id: string) => `/figures/${id}`,
  indicator: (direction: string, id: string) => `/directions/${direction}#indicator-${id}`,
  target: (direction: string, id: string) => `/directions/${direction}#target-${id}`,
  measure: (direction: string, id: string) => `/directions/${direction}#measure-${id}`,
  entities: (direction: string) => `/directions/${direction}#entities`,
  document: (id: string) => `/documents#document-${id}`,
  source: (id: string) => `/sources#source-${id}`,
  direction: (code: string) => `/directions/${code}`,
  compare: () => "/compare",
} as const;
