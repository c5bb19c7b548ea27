import { StrictMode, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <login-help-flow> before the first render, so that React 19 sees its properties.
import 'login-help-elements/login-help-flow.js';

function App() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // What was typed when the login failed, and a counter that restarts the guide on each failure.
  const [failure, setFailure] = useState<{ username: string; attempt: number } | null>(null);
  const [log, setLog] = useState<string[]>([]);
  const record = (line: string) => setLog((lines) => [...lines, line]);

  function logIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Simulated: every login fails. A real page posts the form and reads the error code it gets back.
    setFailure((last) => ({ username, attempt: (last?.attempt ?? 0) + 1 }));
    setPassword('');
  }

  return (
    <main>
      <h1>Log in</h1>
      <form onSubmit={logIn}>
        <label>
          Username <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          Password{' '}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit">Log in</button>
      </form>

      {failure && (
        <section>
          <p role="alert">Username or password is incorrect.</p>
          <login-help-flow
            key={failure.attempt}
            error="invalid-credentials"
            username={failure.username}
            contact-url="/contact"
            persist="none"
            onlogin-help-navigated={(event) => {
              const { from, to, action } = event.detail;
              record(`login-help-navigated: ${from} → ${to} (${action})`);
            }}
            onlogin-help-username-fixed={(event) => {
              setUsername(event.detail.username);
              record(`login-help-username-fixed: ${event.detail.original} → ${event.detail.username}`);
            }}
          />
        </section>
      )}

      <h2>Event log</h2>
      <ol aria-label="Event log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
