import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { RefusalNotice } from '../components/Refusal';
import { useSession } from '../session';

export function SignInPage() {
  const { signIn, notice } = useSession();
  const [token, setToken] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) {
      setError(new ApiError(400, { message: 'enter the API key an admin gave you' }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(token);
    } catch (refused) {
      setError(refused instanceof ApiError && refused.status === 401 ? new ApiError(401, { message: 'the service does not know this key: it may have been revoked, or mistyped' }) : refused);
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <h1>Accord console</h1>
      <p>Coordinated CARSI action plans: proposed by partners, checked, reviewed, and seen as one portfolio.</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor="token">API key</label>
        <input id="token" name="token" type="password" autoComplete="off" spellCheck={false} value={token} onChange={(event) => setToken(event.target.value)} aria-describedby="token-help" />
        <p id="token-help" className="help">
          The key is kept in this tab only, and forgotten when you sign out or close it.
        </p>
        {error !== null && <RefusalNotice error={error} />}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
