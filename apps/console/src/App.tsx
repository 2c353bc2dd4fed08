import { useEffect, useRef, type ReactNode } from 'react';
import { CatalogueProvider } from './catalogue';
import { Link, match, navigate, useLocation } from './router';
import { isCoordinator, useSession, type Session } from './session';
import { SignInPage } from './pages/SignInPage';
import { QueuePage } from './pages/QueuePage';
import { PlansPage } from './pages/PlansPage';
import { PlanPage } from './pages/PlanPage';
import { PlanFormPage } from './pages/PlanFormPage';
import { PortfolioPage } from './pages/PortfolioPage';

interface NavItem {
  to: string;
  label: string;
}

function navigationOf(session: Session): NavItem[] {
  if (session.role === 'partner') {
    return [
      { to: '/plans', label: 'Our plans' },
      { to: '/plans/new', label: 'New plan' },
    ];
  }
  return [
    { to: '/queue', label: 'Review queue' },
    { to: '/plans', label: 'Plans' },
    { to: '/portfolio', label: 'Portfolio' },
  ];
}

const home = (session: Session) => (session.role === 'partner' ? '/plans' : '/queue');

/** A page the key's role may not open, said in words rather than shown half-broken. */
function NotForYou({ who }: { who: string }) {
  return (
    <>
      <h1>Not for your key</h1>
      <p>This page is for {who}. The links above are the pages your key opens.</p>
    </>
  );
}

function Page({ path, query, session }: { path: string; query: URLSearchParams; session: Session }) {
  const coordinator = isCoordinator(session);
  if (path === '/queue') return coordinator ? <QueuePage /> : <NotForYou who="reviewers and admins" />;
  if (path === '/portfolio') return coordinator ? <PortfolioPage /> : <NotForYou who="reviewers and admins" />;
  if (path === '/plans') return <PlansPage query={query} />;
  if (path === '/plans/new') return session.role === 'partner' ? <PlanFormPage /> : <NotForYou who="partners, who lead plans" />;
  const edit = match('/plans/:id/edit', path);
  if (edit) return session.role === 'partner' ? <PlanFormPage planId={edit.id} /> : <NotForYou who="partners, who lead plans" />;
  const plan = match('/plans/:id', path);
  if (plan) return <PlanPage key={plan.id} planId={plan.id} />;
  return (
    <>
      <h1>No such page</h1>
      <p>
        <Link to={home(session)}>Go to the start page</Link>
      </p>
    </>
  );
}

function Shell({ session, children }: { session: Session; children: ReactNode }) {
  const { signOut } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(path);
  // After a navigation a screen reader or keyboard user lands on the new page's content, not on the
  // link they left; on arrival the focus stays at the top, where the skip link is.
  useEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    main.current?.focus();
  }, [path]);
  const who = session.role === 'admin' ? 'Admin' : `${session.role === 'partner' ? 'Partner' : 'Reviewer'} · ${session.partner?.name ?? session.partnerCode}`;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to={home(session)} className="brand">
          Accord
        </Link>
        <nav aria-label="Main">
          <ul>
            {navigationOf(session).map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={path === item.to ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>{who}</span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

export function App() {
  const { session } = useSession();
  const { path, query } = useLocation();
  const signingIn = path === '/sign-in';

  useEffect(() => {
    if (!session && !signingIn) navigate(`/sign-in?next=${encodeURIComponent(path + (query.size ? `?${query}` : ''))}`, { replace: true });
    if (session && (signingIn || path === '/')) {
      const next = query.get('next');
      navigate(signingIn && next?.startsWith('/') ? next : home(session), { replace: true });
    }
  }, [session, signingIn, path, query]);

  if (!session) return signingIn ? <SignInPage /> : null;
  if (signingIn || path === '/') return null;
  return (
    <Shell session={session}>
      <CatalogueProvider>
        <Page path={path} query={query} session={session} />
      </CatalogueProvider>
    </Shell>
  );
}
