import { Button, type ButtonProps } from "@patternfly/react-core";
import type { MouseEvent as ReactMouseEvent } from "react";
import { useHref, useLinkClickHandler } from "react-router-dom";
import { consolePath } from "../environment";

type Props = Omit<ButtonProps, "component" | "href" | "onClick"> & { to: string };

/** A real anchor to another console page ({@code to} below the console's path), followed without a reload. */
export function ConsoleLink({ to, variant = "link", ...props }: Props) {
  const target = consolePath + to;
  const href = useHref(target);
  const follow = useLinkClickHandler(target);
  return (
    <Button
      {...props}
      component="a"
      variant={variant}
      href={href}
      onClick={(event) => follow(event as unknown as ReactMouseEvent<HTMLAnchorElement, MouseEvent>)}
    />
  );
}
