// Printed by `npm start` after the sample report: how to try the built extension.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve('.output/chrome-mv3');
if (!existsSync(dir)) {
  console.log('\nThe extension was not built: run `npm run build`.');
} else {
  console.log(`
Fine Print is built in ${dir}
To load it in Chrome or Chromium:
  1. open chrome://extensions
  2. turn on "Developer mode"
  3. click "Load unpacked" and choose the folder above
To load it in Firefox:
  1. run \`npm run build:firefox\` (it builds .output/firefox-mv2)
  2. open about:debugging, then "This Firefox"
  3. click "Load Temporary Add-on…" and choose .output/firefox-mv2/manifest.json
Then open a news article and click the Fine Print icon (or press Alt+Shift+F).`);
}
