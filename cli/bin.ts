#!/usr/bin/env node
// The process entry: built to dist/fine-print.mjs for the package, run from the sources with
// `node --import tsx cli/bin.ts` in development.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
