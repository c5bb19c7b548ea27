#!/usr/bin/env node
// Files the package ships as they are: the default flow as JSON (`./flows/default.json`), the
// flow for any site it is made from (`./flows/default.template.json`, with the `when` conditions
// and `{{…}}` placeholders that `applySiteProfile` resolves) and the executable bit of the CLI.
import { copyFileSync, mkdirSync, chmodSync } from 'node:fs';

mkdirSync('dist/flows', { recursive: true });
copyFileSync('src/flows/default.json', 'dist/flows/default.json');
copyFileSync('src/flows/default.template.json', 'dist/flows/default.template.json');
chmodSync('dist/cli/bin.js', 0o755);
