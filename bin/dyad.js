#!/usr/bin/env -S node --max-semi-space-size=64
// The dyad command: runs the TypeScript CLI through tsx's loader, so `npm ci` is the whole install.
// The flag on the first line gives V8 a young generation of 64 MB semispaces instead of 16 MB: an article's working
// objects (tokens, pieces, candidates) then die young instead of being copied and promoted, which cuts garbage
// collection by about two thirds on a batch of articles (and lowers peak RSS). `npm run bench` runs with the flags
// written here, so its figures are the command's.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
