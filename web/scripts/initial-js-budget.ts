import { gzipSync } from 'node:zlib';

import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

// What a user downloads before the first page shows is the entry chunk and
// every chunk it imports statically; pages and charts load later, on demand.

/** The entry chunks and their static imports, each once. */
export function initialChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = new Map<string, OutputChunk>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || chunk.type !== 'chunk' || chunks.has(fileName)) return;
    chunks.set(fileName, chunk);
    chunk.imports.forEach(visit);
  };

  for (const item of Object.values(bundle)) {
    if (item.type === 'chunk' && item.isEntry) visit(item.fileName);
  }
  return [...chunks.values()];
}

/** Prints the initial JavaScript's gzipped size and fails the build past it. */
export function initialJsBudget(options: { maxGzipBytes: number }): Plugin {
  return {
    name: 'tierline-initial-js-budget',
    apply: 'build',
    generateBundle(_output, bundle) {
      const chunks = initialChunks(bundle);
      const gzipBytes = chunks.reduce(
        (sum, chunk) => sum + gzipSync(chunk.code).length,
        0,
      );
      const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
      console.log(
        `initial JS: ${kb(gzipBytes)} gzipped in ${chunks.length} chunk(s) ` +
          `(budget ${kb(options.maxGzipBytes)})`,
      );

      if (gzipBytes > options.maxGzipBytes) {
        this.error(
          `The initial JS is ${kb(gzipBytes)} gzipped, over the budget of ` +
            `${kb(options.maxGzipBytes)}: load the page or library lazily`,
        );
      }
    },
  };
}
