import { useSearchParams } from "react-router-dom";
import type { MyTin } from "../api/types";

/** The TIN a page works on, kept in the address (?tin=) so a reload or a shared link keeps it. */
export function useSelectedTin(tins: MyTin[]): [string | undefined, (tin: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get("tin");
  const selected = tins.find((tin) => tin.tin === asked)?.tin ?? tins[0]?.tin;
  const select = (tin: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set("tin", tin);
      return next;
    });
  return [selected, select];
}
