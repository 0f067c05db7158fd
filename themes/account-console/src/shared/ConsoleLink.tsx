import { Button, type ButtonProps } from "@patternfly/react-core";
import { useConsoleLink } from "./useConsoleLink";

type Props = Omit<ButtonProps, "component" | "href" | "onClick"> & { to: string };

/** A link-styled button that is a real anchor to another console page. */
export function ConsoleLink({ to, variant = "link", ...props }: Props) {
  const link = useConsoleLink(to);
  return <Button {...props} component="a" variant={variant} href={link.href} onClick={link.onClick} />;
}
