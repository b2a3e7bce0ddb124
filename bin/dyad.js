#!/usr/bin/env node
// The dyad command: runs the TypeScript CLI through tsx's loader, so `npm ci` is the whole install.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
