import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/database.js';
import { DataDirBusyError } from '../../src/db/data-dir-lock.js';
import {
  createTestStore,
  storeKind,
  type TestStore,
} from './support/test-store.js';

describe(`the store (${storeKind})`, () => {
  let test: TestStore;

  beforeAll(async () => {
    test = await createTestStore();
  });

  afterAll(async () => {
    await test.dispose();
  });

  describe('when migrated', () => {
    it('keeps money columns as exact decimal strings', async () => {
      const rows = await test.store.transaction((connection) =>
        connection.query<{ amount: string }>(
          'select (0.1::numeric(18,2) + 0.2::numeric(18,2)) as amount',
        ),
      );

      expect(rows[0]?.amount).toBe('0.30');
    });

    it('migrates again without changes', async () => {
      await expect(test.store.migrate()).resolves.toBeUndefined();
    });
  });

  if (storeKind === 'pglite') {
    describe('when a second owner opens the data folder', () => {
      it('is refused with the owner named', async () => {
        const opening = openStore(
          { databaseUrl: null, dataDir: test.env.TIERLINE_DATA_DIR },
          { command: 'import sales' },
        );

        await expect(opening).rejects.toBeInstanceOf(DataDirBusyError);
        await expect(opening).rejects.toThrow(`process ${process.pid}`);
      });
    });
  }
});
