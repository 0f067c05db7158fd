import { useSearchParams } from "react-router-dom";
import type { MyTin } from "../api/types";

/**
 * The TIN a page works on, kept in the address (?tin=) so a reload or a shared link keeps it. A mail
 * names the provider instead (?provider=, its id), never a TIN in clear.
 */
export function useSelectedTin(tins: MyTin[]): [string | undefined, (tin: string) => void] {
  const [params, setParams] = useSearchParams();
  const selected = pickTin(tins, params.get("tin"), params.get("provider"));
  const select = (tin: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set("tin", tin);
      next.delete("provider");
      return next;
    });
  return [selected, select];
}

/** The TIN asked for by ?tin=, else by ?provider=, else the first; undefined when there is none. */
export function pickTin(tins: MyTin[], tin: string | null, provider: string | null): string | undefined {
  return tins.find((mine) => mine.tin === tin)?.tin ?? tins.find((mine) => mine.providerId === provider)?.tin ?? tins[0]?.tin;
}
