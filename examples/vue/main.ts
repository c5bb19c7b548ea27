import { createApp, defineComponent, h, ref } from 'vue';
import type { LoginHelpNavigatedDetail, LoginHelpUsernameFixedDetail } from 'login-help-elements';
// Registers the elements before the app mounts, so that Vue sets `username` as a property.
import 'login-help-elements/login-help-flow.js';
import 'login-help-elements/auth-code-explainer.js';

const App = defineComponent(() => {
  const username = ref('');
  const password = ref('');
  // What was typed when the login failed, and a counter that restarts the guide on each failure.
  const failure = ref<{ username: string; attempt: number } | null>(null);
  const log = ref<string[]>([]);

  function logIn(event: Event) {
    event.preventDefault();
    // Simulated: every login fails. A real page posts the form and reads the error code it gets back.
    failure.value = { username: username.value, attempt: (failure.value?.attempt ?? 0) + 1 };
    password.value = '';
  }

  const field = (label: string, model: typeof username, attrs: Record<string, string>) =>
    h('label', [
      `${label} `,
      h('input', { ...attrs, value: model.value, onInput: (e: Event) => (model.value = (e.target as HTMLInputElement).value) }),
    ]);

  return () =>
    h('main', [
      h('h1', 'Log in'),
      h('form', { onSubmit: logIn }, [
        field('Username', username, { name: 'username', autocomplete: 'username' }),
        field('Password', password, { name: 'password', type: 'password', autocomplete: 'current-password' }),
        h('button', { type: 'submit' }, 'Log in'),
      ]),

      failure.value &&
        h('section', [
          h('p', { role: 'alert' }, 'Username or password is incorrect.'),
          h('login-help-flow', {
            key: failure.value.attempt,
            error: 'invalid-credentials',
            username: failure.value.username, // `username in element`: set as a property
            'contact-url': '/contact', // no such property: set as an attribute
            persist: 'none',
            // `on` + PascalCase: Vue listens for `login-help-navigated` (template: @login-help-navigated).
            onLoginHelpNavigated: (event: CustomEvent<LoginHelpNavigatedDetail>) => {
              const { from, to, action } = event.detail;
              log.value.push(`login-help-navigated: ${from} → ${to} (${action})`);
            },
            onLoginHelpUsernameFixed: (event: CustomEvent<LoginHelpUsernameFixedDetail>) => {
              username.value = event.detail.username;
              log.value.push(`login-help-username-fixed: ${event.detail.original} → ${event.detail.username}`);
            },
          }),
        ]),

      h('details', [h('summary', 'Using a printed code card?'), h('auth-code-explainer', { method: 'grid' })]),

      h('h2', 'Event log'),
      h(
        'ol',
        { 'aria-label': 'Event log' },
        log.value.map((line) => h('li', line)),
      ),
    ]);
});

createApp(App).mount('#app');
