/**
 * A link that opens in a new tab, without handing the new page a reference to this one: every link inside
 * an embed, so a reader's click leaves the host page where it is instead of loading the tracker in its frame.
 */
export const NEW_TAB = { target: "_blank", rel: "noopener" } as const;

/** NEW_TAB when asked for, else nothing (a link that stays in its tab). */
export const newTabIf = (newTab: boolean) => (newTab ? NEW_TAB : {});
