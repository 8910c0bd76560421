// Injected on demand by the background (activeTab + scripting), never declared on every page.
export default defineContentScript({
  registration: 'runtime',
  // No match patterns: the script gets no host permission of its own.
  matches: [],
  main() {},
});
