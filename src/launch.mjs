import { enableCompileCache } from 'node:module';

/**
 * The `npm start` entry, in plain JavaScript on purpose: it turns Node's compile cache on before
 * the first TypeScript file is read, so a warm start takes the stripped TypeScript and the
 * compiled code from the cache and never loads Node's TypeScript stripper (about 100 ms of a
 * start). `node src/main.ts` works too; it only enables the cache after stripping itself.
 * NODE_DISABLE_COMPILE_CACHE=1 turns the cache off.
 */
enableCompileCache();
await import('./main.ts');
