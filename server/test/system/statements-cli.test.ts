import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAccounts } from '../integration/support/auth-fixtures.js';
import { runCli } from '../integration/support/run-cli.js';
import {
  q1,
  seedStatementFacts,
} from '../integration/support/statement-fixtures.js';
import {
  createClosedTestStore,
  storeKind,
} from '../integration/support/test-store.js';

// `tierline statement ...` acts as the user named by --as, held to the same
// policy table, data scope and separation of duties as the API.
describe(`tierline statement commands (${storeKind})`, () => {
  let test: Awaited<ReturnType<typeof createClosedTestStore>>;
  let folder: string;
  let id = '';
  const cli = (...args: string[]) => runCli(['statement', ...args], test.env);

  beforeAll(async () => {
    test = await createClosedTestStore();
    const store = await test.reopen();
    try {
      await seedStatementFacts(store, await seedAccounts(store));
    } finally {
      await store.close();
    }
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tierline-statements-'));

    const issued = await cli(
      'issue',
      '--customer',
      'C001',
      '--program',
      'EAST-Q-2027',
      '--period',
      q1,
      '--as',
      'approver',
    );
    expect(issued.code, issued.stderr).toBe(0);
    id = issued.stdout.split(' ')[0] ?? '';
  });

  afterAll(async () => {
    await test.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  describe('when finance issues a statement', () => {
    it('prints its number, status and amount owed', async () => {
      const listed = await cli('list', '--as', 'auditor');

      expect(listed.stdout).toMatch(
        /RS-20270101-\d{6} \(issued\): C001 华东一号经销商, EAST-Q-2027 2027-01-01 – 2027-03-31, owed 11200\.00/,
      );
    });
  });

  describe('when the customer writes the PDF', () => {
    it('writes a file whose text holds the Chinese name and the amount', async () => {
      const out = path.join(folder, 'statement.pdf');
      const written = await cli('pdf', id, '--out', out, '--as', 'cust1');
      const text = execFileSync('pdftotext', ['-layout', out, '-'])
        .toString('utf8')
        .replace(/[ \t]+/g, ' ');

      expect(written.code, written.stderr).toBe(0);
      expect(text).toContain('华东一号经销商（C001）');
      expect(text).toContain('本期应付返利 11,200.00');
    });
  });

  describe('when another customer reaches for it', () => {
    it('finds nothing to list, write or answer', async () => {
      const listed = await cli('list', '--as', 'cust2');
      const written = await cli(
        'pdf',
        id,
        '--out',
        path.join(folder, 'other.pdf'),
        '--as',
        'cust2',
      );
      const disputed = await cli(
        'dispute',
        id,
        '--comment',
        'x',
        '--as',
        'cust2',
      );

      expect(listed.stdout).toContain('0 of 0');
      expect(written.code).toBe(2);
      expect(written.stderr).toContain('statement_not_found');
      expect(fs.existsSync(path.join(folder, 'other.pdf'))).toBe(false);
      expect(disputed.stderr).toContain('statement_not_found');
    });
  });

  describe('when the customer disputes and finance resolves', () => {
    it('refuses the issuer and takes another approver', async () => {
      const disputed = await cli(
        'dispute',
        id,
        '--comment',
        '金额有误',
        '--as',
        'cust1',
      );
      const own = await cli(
        'resolve',
        id,
        '--reject',
        '--reason',
        '无误',
        '--as',
        'approver',
      );
      const rejected = await cli(
        'resolve',
        id,
        '--reject',
        '--reason',
        '无误',
        '--as',
        'admin',
      );

      expect(disputed.stdout).toContain('(disputed)');
      expect(own.stderr).toContain('own_work');
      expect(rejected.code, rejected.stderr).toBe(0);
      expect(rejected.stdout).toContain('(rejected)');
      expect(rejected.stdout).toContain('resolution: 无误');
    });
  });
});
