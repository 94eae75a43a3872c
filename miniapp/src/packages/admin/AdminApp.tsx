import { Component, lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { LoginForm } from './LoginForm';
import { clearSession, readSession, writeSession, type AdminSession } from './session';
import { LOGIN, SECTIONS, type SectionKey } from './texts';

// The sections are most of the console's code: the login page does not wait for them. They are fetched at low
// priority while the login form is filled in (prefetch), and run only after signing in.
const Console = lazy(() => import(/* webpackChunkName: "admin-console", webpackPrefetch: true */ './Console'));

/** If the console's code cannot be fetched (the network dropped) or fails, a plain message instead of a blank page. */
class ConsoleFailed extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (
      <p className="admin-muted" role="alert" data-testid="admin-console-failed">
        {LOGIN.consoleFailed}
      </p>
    ) : (
      this.props.children
    );
  }
}

function isSection(value: string | undefined): value is SectionKey {
  return SECTIONS.some((section) => section.key === value);
}

/** The console: the login when there is no admin session, else the sections with a left navigation. */
export function AdminApp({ initialSection }: { initialSection?: string }) {
  const [session, setSession] = useState<AdminSession | undefined>(() => readSession());
  const [notice, setNotice] = useState<string>();

  const signOut = useCallback((reason?: 'expired') => {
    clearSession();
    setSession(undefined);
    setNotice(reason === 'expired' ? LOGIN.expired : undefined);
  }, []);

  if (!session) {
    return (
      <LoginForm
        notice={notice}
        onSignedIn={(signedIn) => {
          writeSession(signedIn);
          setNotice(undefined);
          setSession(signedIn);
        }}
      />
    );
  }
  return (
    <ConsoleFailed>
      <Suspense
        fallback={
          <p className="admin-muted" role="status">
            {LOGIN.opening}
          </p>
        }
      >
        <Console
          session={session}
          signOut={signOut}
          initialSection={isSection(initialSection) ? initialSection : 'centres'}
        />
      </Suspense>
    </ConsoleFailed>
  );
}
