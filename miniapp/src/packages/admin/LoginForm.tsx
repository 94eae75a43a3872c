import { useState, type FormEvent } from 'react';
import { adminLogin } from '../../services/admin-api';
import { ApiError } from '../../services/api';
import { Notice } from './components/ui';
import { isAdminRole, type AdminSession } from './session';
import { CONSOLE_TITLE, LOGIN } from './texts';

export function LoginForm({ notice, onSignedIn }: { notice?: string; onSignedIn: (session: AdminSession) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(LOGIN.missing);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const answer = await adminLogin(username.trim(), password);
      if (!isAdminRole(answer.role)) {
        // A staff login is real but not an admin: say so, and keep nothing of it.
        setError(LOGIN.notAdmin);
        setPassword('');
        return;
      }
      onSignedIn({
        token: answer.token,
        role: answer.role,
        centreCode: answer.centreCode,
        expiresAt: answer.expiresAt,
        username: username.trim(),
      });
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'NETWORK') {
        setError(LOGIN.network);
      } else if (failure instanceof ApiError && (failure.statusCode === 401 || failure.statusCode === 400)) {
        setError(LOGIN.failed);
      } else {
        setError(LOGIN.network);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="admin admin--login">
      <main className="admin-login">
        <h1 className="admin-login__title">{CONSOLE_TITLE}</h1>
        <form
          className="admin-card"
          onSubmit={(event) => void submit(event)}
          data-testid="admin-login-form"
          aria-labelledby="admin-login-heading"
        >
          <h2 id="admin-login-heading" className="admin-section__title">
            {LOGIN.title}
          </h2>
          {notice ? <Notice tone="warning">{notice}</Notice> : null}
          <label className="admin-field">
            <span className="admin-field__label">{LOGIN.username}</span>
            <input
              className="admin-input"
              name="username"
              autoComplete="username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              data-testid="login-username"
            />
          </label>
          <label className="admin-field">
            <span className="admin-field__label">{LOGIN.password}</span>
            <input
              className="admin-input"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="login-password"
            />
          </label>
          {error ? (
            <Notice tone="error" testId="login-error">
              {error}
            </Notice>
          ) : null}
          <button
            type="submit"
            className="admin-button admin-button--primary"
            disabled={busy}
            data-testid="login-submit"
          >
            {busy ? LOGIN.submitting : LOGIN.submit}
          </button>
        </form>
      </main>
    </div>
  );
}
