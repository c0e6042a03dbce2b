import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedActiveProgram } from '../../src/programs/seed-active-program.js';
import { tinyPdf } from './support/agreements.js';
import { seedAccounts } from './support/auth-fixtures.js';
import { programDocument } from './support/programs.js';
import { runCli } from './support/run-cli.js';
import { createClosedTestStore, storeKind } from './support/test-store.js';

// `tierline agreement ...` acts as the user named by --as, under the same
// policy table and data scopes as the API.
describe(`tierline agreement commands (${storeKind})`, () => {
  let test: Awaited<ReturnType<typeof createClosedTestStore>>;
  let folder: string;
  const cli = (...args: string[]) => runCli(['agreement', ...args], test.env);

  beforeAll(async () => {
    test = await createClosedTestStore();
    const store = await test.reopen();
    try {
      await seedAccounts(store);
      await seedActiveProgram(
        store,
        programDocument('CLI-2027', { enrollment: 'agreement' }),
        { actor: 'fixture' },
      );
    } finally {
      await store.close();
    }
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-agreements-'));
    fs.writeFileSync(path.join(folder, 'contract.pdf'), tinyPdf('HT-CLI-1'));
    fs.writeFileSync(path.join(folder, 'fake.pdf'), 'MZ not a pdf');
  });

  afterAll(async () => {
    await test.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  describe('when a program manager enrolls a customer', () => {
    it('creates the draft agreement', async () => {
      const result = await cli(
        'create',
        '--program',
        'CLI-2027',
        '--customer',
        'C001',
        '--contract-no',
        'HT-CLI-1',
        '--signed-on',
        '2026-12-01',
        '--as',
        'manager',
      );

      expect(result.stdout).toContain(
        '#1 CLI-2027 C001 (draft): HT-CLI-1 signed 2026-12-01, no document',
      );
    });

    it('refuses a bad signing date before touching the store', async () => {
      const result = await cli(
        'create',
        '--program',
        'CLI-2027',
        '--customer',
        'C002',
        '--signed-on',
        '2026-13-01',
        '--as',
        'manager',
      );

      expect(result.code).toBe(2);
      expect(result.stderr).toContain('signedOn');
    });

    it('refuses activation without the document', async () => {
      const result = await cli('activate', '1', '--as', 'manager');

      expect(result.code).toBe(2);
      expect(result.stderr).toContain('agreement_incomplete');
      expect(result.stderr).toContain('document: is not attached');
    });
  });

  describe('when the signed contract is attached', () => {
    it('refuses a file that only has a PDF name', async () => {
      const result = await cli(
        'attach',
        '1',
        path.join(folder, 'fake.pdf'),
        '--as',
        'manager',
      );

      expect(result.code).toBe(2);
      expect(result.stderr).toContain('document_type_not_allowed');
    });

    it('attaches the PDF and activates the agreement', async () => {
      const file = path.join(folder, 'contract.pdf');
      const attached = await cli('attach', '1', file, '--as', 'manager');
      const activated = await cli('activate', '1', '--as', 'manager');

      expect(attached.stdout).toContain('application/pdf');
      expect(activated.stdout).toContain('#1 CLI-2027 C001 (active)');
    });

    it('gives the auditor the same bytes back', async () => {
      const output = path.join(folder, 'copy.pdf');
      const result = await cli(
        'document',
        '1',
        '--output',
        output,
        '--as',
        'auditor',
      );

      expect(result.code).toBe(0);
      expect(fs.readFileSync(output).equals(tinyPdf('HT-CLI-1'))).toBe(true);
    });
  });

  describe('when customers look', () => {
    it('shows a customer its own agreement', async () => {
      const result = await cli('list', '--as', 'cust1');

      expect(result.stdout).toContain('#1 CLI-2027 C001 (active)');
    });

    it("finds no other customer's agreement", async () => {
      const list = await cli('list', '--as', 'cust2');
      const show = await cli('show', '1', '--as', 'cust2');

      expect(list.stdout.trim()).toBe('');
      expect(show.code).toBe(2);
      expect(show.stderr).toContain('agreement_not_found');
    });
  });

  describe('when the agreement is terminated', () => {
    it('records the end', async () => {
      const result = await cli(
        'terminate',
        '1',
        '--reason',
        '客户退出',
        '--as',
        'manager',
      );

      expect(result.stdout).toContain('#1 CLI-2027 C001 (terminated)');
    });
  });
});
