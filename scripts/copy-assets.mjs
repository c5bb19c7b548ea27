#!/usr/bin/env node
// Files the package ships as they are: the default flow as JSON (`./flows/default.json`) and
// the executable bit of the CLI.
import { copyFileSync, mkdirSync, chmodSync } from 'node:fs';

mkdirSync('dist/flows', { recursive: true });
copyFileSync('src/flows/default.json', 'dist/flows/default.json');
chmodSync('dist/cli/bin.js', 0o755);
