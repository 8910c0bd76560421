import { defineConfig } from 'wxt';
import { fasterCompromiseLoad } from './scripts/build/compromise-load';
import { smallerReadability } from './scripts/build/smaller-readability';
import { nativeSelect } from './scripts/build/native-select';

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
  hooks: {
    // The content script is injected into every page checked: it answers through the browser's own
    // messaging API (entrypoints/content/index.ts) and leaves the promise polyfill, 3 KB gzipped, out,
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias as Record<string, string> | undefined;
      config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': '@wxt-dev/browser' } };
      // and queries the page with the browser's own selector engine
      config.plugins = [...(config.plugins ?? []), nativeSelect()];
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // the model weights as JSON.parse of a string: parsed faster than the same object literal
    json: { stringify: true },
    plugins: [smallerReadability(), fasterCompromiseLoad()],
  }),
});
