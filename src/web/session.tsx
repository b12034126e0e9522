// Who is signed in. The session cookie is HttpOnly; the CSRF token is kept in memory and
// fetched again from GET /api/session when the page loads.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, type SessionResponse, type SessionUser, setCsrfToken } from './api.js';

interface SessionState {
  ready: boolean;
  user: SessionUser | null;
  signIn: (email: string, password: string) => Promise<SessionUser>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<SessionUser | null>(null);

  useEffect(() => {
    let live = true;
    api<SessionResponse>('/api/session').then(
      (session) => {
        if (!live) return;
        setCsrfToken(session.csrfToken);
        setUser(session.user);
        setReady(true);
      },
      (error: unknown) => {
        if (!live) return;
        if (!(error instanceof ApiError)) console.warn('session check failed', error);
        setReady(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await api<SessionResponse>('/api/session', { method: 'POST', body: { email, password } });
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    return session.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api<void>('/api/session', { method: 'DELETE' });
    } catch (error) {
      // An expired session is signed out already.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setCsrfToken(null);
    setUser(null);
  }, []);

  const value = useMemo(() => ({ ready, user, signIn, signOut }), [ready, user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
