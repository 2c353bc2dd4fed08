import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { apiClient, ok, type Api, type Partner, type Role } from './api/client';
import { currentPath, navigate } from './router';

/** Who is signed in. The key lives in memory and in sessionStorage (gone with the tab), never in localStorage. */
export interface Session {
  token: string;
  role: Role;
  partnerCode: string | null;
  /** The key's organisation: a partner's own, a reviewer's affiliation; none for the admin token. */
  partner: Partner | null;
}

const STORAGE_KEY = 'accord.session';

function stored(): Session | null {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    return text ? (JSON.parse(text) as Session) : null;
  } catch {
    return null;
  }
}

interface SessionContextValue {
  session: Session | null;
  api: Api | null;
  /** Why the person was sent back to sign in, if they were. */
  notice: string | null;
  signIn(token: string): Promise<Session>;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Asks the API who the key is, and which organisation it speaks for. */
async function sessionOf(token: string): Promise<Session> {
  const client = apiClient(token, () => undefined);
  const me = ok(await client.GET('/v1/me'));
  const partners = me.partnerCode ? ok(await client.GET('/v1/partners')) : [];
  return { token, role: me.role, partnerCode: me.partnerCode ?? null, partner: partners.find((partner) => partner.code === me.partnerCode) ?? null };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(stored);
  const [notice, setNotice] = useState<string | null>(null);

  const forget = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  }, []);

  const expired = useCallback(() => {
    forget();
    setNotice('The service no longer accepts your key (it was revoked, or never valid): sign in again.');
    const here = currentPath();
    navigate(here === '/sign-in' ? here : `/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
  }, [forget]);

  const api = useMemo(() => (session ? apiClient(session.token, expired) : null), [session, expired]);

  const signIn = useCallback(async (token: string) => {
    const signedIn = await sessionOf(token.trim());
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(signedIn));
    setNotice(null);
    setSession(signedIn);
    return signedIn;
  }, []);

  const signOut = useCallback(() => {
    forget();
    setNotice('You signed out: the key is forgotten by this tab.');
    navigate('/sign-in');
  }, [forget]);

  const value = useMemo(() => ({ session, api, notice, signIn, signOut }), [session, api, notice, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The API client of the signed-in person; pages that use it are only shown to someone signed in. */
export function useApi(): { api: Api; session: Session } {
  const { api, session } = useSession();
  if (!api || !session) throw new Error('useApi without a session');
  return { api, session };
}

/** Reviewers and admins coordinate: the queue, the portfolio and every decision. */
export const isCoordinator = (session: Session) => session.role === 'reviewer' || session.role === 'admin';
