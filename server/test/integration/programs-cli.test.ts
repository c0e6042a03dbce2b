import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { seedAccounts } from './support/auth-fixtures.js';
import { fullProgramYaml, programDocument } from './support/programs.js';
import { runCli } from './support/run-cli.js';
import { createClosedTestStore, storeKind } from './support/test-store.js';

// `tierline program ...` acts as the user named by --as, under the same
// policy table and separation of duties as the API.
describe(`tierline program commands (${storeKind})`, () => {
  let test: Awaited<ReturnType<typeof createClosedTestStore>>;
  let folder: string;
  const cli = (...args: string[]) => runCli(['program', ...args], test.env);

  beforeAll(async () => {
    test = await createClosedTestStore();
    const store = await test.reopen();
    await seedAccounts(store).finally(() => store.close());

    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-programs-'));
    fs.writeFileSync(path.join(folder, 'east.yaml'), fullProgramYaml);
    fs.writeFileSync(
      path.join(folder, 'reject.json'),
      JSON.stringify(programDocument('CLI-REJ')),
    );
  });

  afterAll(async () => {
    await test.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  describe('when an admin imports and submits a program file', () => {
    it('stores version 1 as a draft, then submits it', async () => {
      const file = path.join(folder, 'east.yaml');
      const imported = await cli('import', file, '--as', 'admin');
      const submitted = await cli('submit', 'EAST-2027', '--as', 'admin');

      expect(imported.stdout).toContain(
        'EAST-2027 (draft): v1 draft from 2027-01-01',
      );
      expect(submitted.stdout).toContain('EAST-2027 (submitted)');
    });
  });

  describe('when a user approves without the right or their own work', () => {
    it('refuses a program manager by the policy table', async () => {
      const result = await cli('approve', 'EAST-2027', '--as', 'manager');

      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'manager (program_manager) may not do programs.approve',
      );
    });

    it('refuses the author with own_work', async () => {
      const result = await cli('approve', 'EAST-2027', '--as', 'admin');

      expect(result.code).toBe(2);
      expect(result.stderr).toContain('own_work');
    });
  });

  describe('when an approver approves it', () => {
    it('is approved, and its export gives back the file', async () => {
      const approved = await cli('approve', 'EAST-2027', '--as', 'approver');
      const exported = await cli(
        'export',
        'EAST-2027',
        '--version',
        '1',
        '--format',
        'json',
        '--as',
        'auditor',
      );

      expect(approved.stdout).toContain('EAST-2027 (approved)');
      expect(JSON.parse(exported.stdout)).toEqual(
        parseYaml(fullProgramYaml, { version: '1.2' }),
      );
    });
  });

  describe('when an approver rejects a submitted version', () => {
    it('records it as rejected with the reason', async () => {
      const file = path.join(folder, 'reject.json');
      await cli('import', file, '--as', 'manager');
      await cli('submit', 'CLI-REJ', '--as', 'manager');
      const rejected = await cli(
        'reject',
        'CLI-REJ',
        '--reason',
        '阶梯过低',
        '--as',
        'approver',
      );
      const listed = await cli('list', '--json', '--as', 'auditor');

      expect(rejected.stdout).toContain('CLI-REJ (draft): v1 rejected');
      expect(JSON.parse(listed.stdout)).toMatchObject([
        { code: 'CLI-REJ', status: 'draft' },
        { code: 'EAST-2027', status: 'approved' },
      ]);
    });
  });
});
