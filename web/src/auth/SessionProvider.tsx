import { createContext, useCallback, useContext, useEffect } from 'react';
import { useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken } from '../api/client';
import type { Principal, Session } from '../api/types';

export interface SessionState {
  /** Null until the first check answers. */
  checked: boolean;
  principal: Principal | null;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [checked, setChecked] = useState(false);
  const [principal, setPrincipal] = useState<Principal | null>(null);

  const adopt = useCallback((session: Session | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    setPrincipal(session?.principal ?? null);
    setChecked(true);
  }, []);

  useEffect(() => {
    // Any failure leaves the user signed out: the login page is the way on.
    api<Session>('/api/auth/session').then(adopt, () => adopt(null));
  }, [adopt]);

  const login = useCallback(
    async (username: string, password: string) => {
      const session = await api<Session>('/api/auth/login', {
        method: 'POST',
        json: { username, password },
      });
      adopt(session);
    },
    [adopt],
  );

  const logout = useCallback(async () => {
    await api<null>('/api/auth/logout', { method: 'POST' }).catch(() => null);
    adopt(null);
  }, [adopt]);

  const value = useMemo(
    () => ({ checked, principal, login, logout }),
    [checked, principal, login, logout],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');

  return session;
}

/** The signed-in user; only for pages behind the login. */
export function usePrincipal(): Principal {
  const { principal } = useSession();
  if (!principal) throw new Error('usePrincipal needs a signed-in user');

  return principal;
}
