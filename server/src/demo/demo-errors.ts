// The demo's failures: a store that already holds data is the user's to
// resolve; a generated file the import rejects is a bug in the generator.

export class DemoStoreNotEmptyError extends Error {
  readonly code = 'DEMO_STORE_NOT_EMPTY';

  constructor(
    readonly location: string,
    readonly contents: string,
  ) {
    super(
      `The store at ${location} already holds data (${contents}); ` +
        'the demo loads only into an empty store. Use a fresh data folder, ' +
        'e.g. `TIERLINE_DATA_DIR=./demo-data npx tierline demo`, or point ' +
        'DATABASE_URL at an empty database.',
    );
  }
}

export class DemoImportRejectedError extends Error {
  readonly code = 'DEMO_IMPORT_REJECTED';
}
