import { useCallback, useEffect, useState } from "react";

export type Loaded<T> = {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
};

/** Runs {@code load} when its inputs change (aborting the previous run) and on reload(). */
export function useLoader<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    load(controller.signal)
      .then((data) => !controller.signal.aborted && setState({ data, loading: false }))
      .catch((error) => !controller.signal.aborted && setState({ error, loading: false }));
    return () => controller.abort();
    // {@code load} is a new closure at every render; the caller's deps say when its result changes.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}
