"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";

/** Room kept between a panel and the edge of the screen, in px. */
const EDGE = 8;

/**
 * A button that opens a panel of controls (checkboxes) under it. The panel stays on screen (moved left
 * when it would run past the right edge, never wider than the screen); Escape, a click outside or focus
 * leaving it closes it; the arrow keys, Home and End move between its controls, and ArrowDown on the
 * button opens it at the first one (or moves there, when it is open).
 */
export function Popover({
  trigger,
  label,
  buttonClassName,
  panelClassName = "w-64",
  scroll = true,
  testId,
  children,
}: {
  /** The button's content. */
  trigger: ReactNode;
  /** The panel's name (a legend, for assistive technology). */
  label: string;
  buttonClassName: string;
  panelClassName?: string;
  /**
   * A long list scrolls inside a panel of at most 18rem; otherwise the panel is as tall as its content
   * (a Cite box, whose Copy button must show without scrolling inside the panel, on a phone too).
   */
  scroll?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLFieldSetElement>(null);
  const focusFirst = useRef(false);
  const panelId = useId();

  const controls = () => [...(panel.current?.querySelectorAll<HTMLElement>("input, button") ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    setShift(0);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) close(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  // Placed before paint: on screen, and the first control focused when opened from the keyboard.
  useLayoutEffect(() => {
    if (!open || !panel.current) return;
    const rect = panel.current.getBoundingClientRect();
    const over = rect.right - (document.documentElement.clientWidth - EDGE);
    if (over > 0) setShift(-Math.min(over, rect.left - EDGE));
    if (focusFirst.current) controls()[0]?.focus();
    focusFirst.current = false;
  }, [open]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "Escape" && open) {
      e.stopPropagation();
      close(true);
      return;
    }
    if (e.target === button.current) {
      if (e.key !== "ArrowDown") return;
      e.preventDefault();
      // Into the panel at its first control: opening it, or already open.
      if (open) controls()[0]?.focus();
      else {
        focusFirst.current = true;
        setOpen(true);
      }
      return;
    }
    const list = controls();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const to =
      e.key === "ArrowDown"
        ? Math.min(at + 1, list.length - 1)
        : e.key === "ArrowUp"
          ? Math.max(at - 1, 0)
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? list.length - 1
              : null;
    if (to === null || at < 0) return;
    e.preventDefault();
    list[to]?.focus();
  };

  return (
    <div
      ref={root}
      className="relative"
      data-testid={testId}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        // Focus moved out of the button and the panel (Tab past the last control, a click elsewhere).
        if (open && e.relatedTarget && !root.current?.contains(e.relatedTarget as Node)) close(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close(false) : setOpen(true))}
        className={buttonClassName}
      >
        {trigger}
      </button>
      {open && (
        <fieldset
          ref={panel}
          id={panelId}
          style={{ transform: shift ? `translateX(${shift}px)` : undefined }}
          className={`edge absolute left-0 z-40 mt-1 max-w-[calc(100vw-1rem)] rounded-tremor-default border bg-white p-2 shadow-tremor-dropdown dark:bg-dark-tremor-background ${scroll ? "max-h-72 overflow-y-auto" : ""} ${panelClassName}`}
        >
          <legend className="sr-only">{label}</legend>
          {children}
        </fieldset>
      )}
    </div>
  );
}
