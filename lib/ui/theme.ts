export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
/** Where the reader's choice is kept: this browser's local storage, never a cookie (pages stay cacheable). */
export const THEME_KEY = "theme";

export function parseTheme(value: string | null | undefined): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

/** Paper is white: the light theme while printing, the reader's own again afterwards. */
const PRINT_LIGHT = `var h=document.documentElement,k;addEventListener("beforeprint",function(){k=h.className;h.classList.remove("dark");h.classList.add("light")});addEventListener("afterprint",function(){if(k!==undefined)h.className=k})`;

/**
 * Run in <head> before the first paint: puts the stored theme's class on <html>, so a chosen dark or light
 * theme shows without a flash. "system" needs no class (the stylesheet follows prefers-color-scheme). An
 * embedded chart or figure (/embed/…) takes the theme its host page asks for with `?theme=light|dark`.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem("${THEME_KEY}")}catch(e){}var q=/\\/embed\\//.test(location.pathname)&&new URLSearchParams(location.search).get("${THEME_KEY}");if(q==="dark"||q==="light")t=q;if(t==="dark"||t==="light")document.documentElement.classList.add(t);${PRINT_LIGHT}`;
