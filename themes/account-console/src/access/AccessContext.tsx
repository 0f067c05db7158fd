import { useEnvironment } from "@keycloak/keycloak-account-ui";
import { Bullseye, Spinner } from "@patternfly/react-core";
import { createContext, useCallback, useContext, useEffect, useState, type PropsWithChildren } from "react";
import type { MyTin, PublicConfig } from "../api/types";
import { useTinAccessApi } from "../api/useTinAccessApi";
import { accessOf, type Access } from "./Access";

type AccessState = Access & { reload: () => void };

const AccessContext = createContext<AccessState | undefined>(undefined);

/** Loads the person's TINs once for the navigation and the pages; pages call reload() after a change of role. */
export function AccessProvider({ children }: PropsWithChildren) {
  const api = useTinAccessApi();
  const { keycloak } = useEnvironment();
  const [access, setAccess] = useState<Access>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      api.get<MyTin[]>("/tins", undefined, controller.signal),
      api.get<PublicConfig>("/config", undefined, controller.signal),
    ])
      .then(([tins, config]) => setAccess(accessOf(tins, config, keycloak.tokenParsed?.realm_access?.roles)))
      // Without the API the console still works for the person's own account; the TIN pages stay hidden.
      .catch(() => !controller.signal.aborted && setAccess({ tins: [], reviewer: false, helpDesk: false, entitlements: [] }));
    return () => controller.abort();
  }, [api, keycloak, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  if (!access) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  }
  return <AccessContext.Provider value={{ ...access, reload }}>{children}</AccessContext.Provider>;
}

export function useAccess(): AccessState {
  const access = useContext(AccessContext);
  if (!access) {
    throw new Error("useAccess outside AccessProvider");
  }
  return access;
}
