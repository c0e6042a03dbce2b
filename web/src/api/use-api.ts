import { useCallback, useEffect, useState } from 'react';

export interface Loaded<Data> {
  data: Data | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** Loads once per change of `key`; a newer load wins over an older one. */
export function useApi<Data>(
  load: () => Promise<Data>,
  key: string,
): Loaded<Data> {
  const [state, setState] = useState<{ data: Data | null; error: unknown }>({
    data: null,
    error: null,
  });
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    load()
      .then(
        (data) => {
          if (current) setState({ data, error: null });
        },
        (error: unknown) => {
          if (current) setState({ data: null, error });
        },
      )
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
    // `key` names everything the load depends on, so `load` is left out.
  }, [key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);

  return { ...state, loading, reload };
}
