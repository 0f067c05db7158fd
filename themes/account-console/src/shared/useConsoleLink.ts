import type { MouseEvent as ReactMouseEvent } from "react";
import { useHref, useLinkClickHandler } from "react-router-dom";
import { consolePath } from "../environment";

type AnchorClick = ReactMouseEvent<HTMLAnchorElement, MouseEvent>;

/**
 * The href and click handler of a real anchor to another console page ({@code to} below the
 * console's path): a plain click navigates without a reload, a middle click opens a new tab.
 */
export function useConsoleLink(to: string): { href: string; onClick: (event: unknown) => void } {
  const target = consolePath + to;
  const href = useHref(target);
  const follow = useLinkClickHandler(target);
  // PatternFly types its click events loosely; the handler only reads the anchor event's fields.
  return { href, onClick: (event) => follow(event as AnchorClick) };
}
