// Writes src/content/early.css from the clutter rules (src/core/clutter/early.ts). Run after editing
// src/core/clutter/rules.json; src/core/clutter/early.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { earlyCss } from '../src/core/clutter/early.ts';

writeFileSync(new URL('../src/content/early.css', import.meta.url), earlyCss());
