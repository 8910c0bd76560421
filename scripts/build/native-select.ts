import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PORTABLE = fileURLToPath(new URL('../../lib/extract/select.ts', import.meta.url));
const NATIVE = fileURLToPath(new URL('../../lib/extract/select-native.ts', import.meta.url));

/**
 * In the content script, the extractor's queries go to the browser's own selector engine
 * (lib/extract/select-native.ts) instead of the selector reader Node's DOM needs: the same
 * answers, some 1.5 KB less to inject into every page checked.
 */
export function nativeSelect(): Plugin {
  return {
    name: 'fine-print:native-select',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/(?:^|[\\/])select(?:\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === PORTABLE ? NATIVE : null;
    },
  };
}
