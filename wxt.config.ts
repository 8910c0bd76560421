import { defineConfig } from 'wxt';
import { dropReadabilityLogs } from './scripts/build/drop-readability-logs';

// The e2e build adds host access to the local test server only: a headless browser
// cannot click the toolbar icon, so activeTab is never granted there.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ mode, browser }) => ({
    name: 'Fine Print',
    description:
      "Shows where a news article's body or its updates qualify, hedge or contradict its headline. Runs on your device only.",
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    commands: {
      'run-check': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Check this article with Fine Print',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'fine-print@fine-print.app', strict_min_version: '115.0' } } }
      : {}),
  }),
  // The sources zip is what a store's reviewers build the extension from: no built CLI, no test artefacts.
  zip: { excludeSources: ['dist/**', 'test-results/**'] },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [dropReadabilityLogs()],
  }),
});
