#!/usr/bin/env node
// The tierline command runs the TypeScript sources through tsx, so the
// repository needs no build step before `npx tierline`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
