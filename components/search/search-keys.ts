/**
 * The header search's keyboard shortcuts ("/" and Ctrl/⌘-K), installed by a small inline script as the
 * page is parsed, not when React has hydrated: a key pressed while the page's script is still loading is
 * kept and opens the search once the dialog is ready (it used to be lost on 1 or 2 loads in 5).
 * "/" is a single-key shortcut (WCAG 2.1.4): it acts only while no control has focus, or while the
 * search button itself has it (where focus returns after Escape). Ctrl/⌘-K acts anywhere.
 */

declare global {
  /** The window's hooks between the inline script and the dialog. */
  interface Window {
    /** Set by the dialog once it can open. */
    __bjaiOpenSearch?: () => void;
    /** Set by the script when a shortcut came before the dialog was ready. */
    __bjaiSearchAsked?: boolean;
  }
}

/** The search button's marker attribute: "/" also acts while it has focus. */
export const SEARCH_BUTTON_ATTR = "data-search-button";

export const SEARCH_KEYS_SCRIPT = `(function(){var w=window,d=document;if(w.__bjaiSearchKeys)return;w.__bjaiSearchKeys=1;d.addEventListener("keydown",function(e){if(e.defaultPrevented||e.isComposing)return;var k=e.key,slash=k==="/"&&!e.ctrlKey&&!e.metaKey&&!e.altKey,chord=(k==="k"||k==="K")&&(e.ctrlKey||e.metaKey)&&!e.altKey;if(!slash&&!chord)return;var a=d.activeElement;if(slash&&a&&a!==d.body&&a!==d.documentElement&&!a.hasAttribute("${SEARCH_BUTTON_ATTR}"))return;e.preventDefault();if(w.__bjaiOpenSearch)w.__bjaiOpenSearch();else w.__bjaiSearchAsked=true})})()`;
