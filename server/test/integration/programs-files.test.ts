import { parseProgram } from '@tierline/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  createAuthTestApp,
  loginAs,
  type AuthTestApp,
  type TestSession,
} from './support/auth-fixtures.js';
import {
  expectStatus,
  fullProgramYaml,
  importProgram,
  programDocument,
} from './support/programs.js';
import { storeKind } from './support/test-store.js';

const fullDocument = parseYaml(fullProgramYaml, { version: '1.2' }) as Record<
  string,
  unknown
>;

/** The engine's reading of a file: the Program it stands for. */
function programIn(text: string, fileName?: string) {
  const parsed = parseProgram(text, fileName);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.program;
}

// tierline/program@1 files in and out (DESIGN §4.2), the server's fields
// (enrollment, accrual, accounting, payout) included.
describe(`program files (${storeKind})`, () => {
  let t: AuthTestApp;
  let manager: TestSession;

  const exportFile = (code: string, format: 'yaml' | 'json') =>
    t.app.inject({
      url: `/api/programs/${code}/versions/1/file?format=${format}`,
      headers: manager.headers,
    });

  beforeAll(async () => {
    t = await createAuthTestApp();
    manager = await loginAs(t.app, 'manager');
  });

  afterAll(async () => {
    await t.dispose();
  });

  describe('when a YAML file with every field is imported and exported', () => {
    beforeAll(async () => {
      expectStatus(
        await importProgram(t.app, manager, { yaml: fullProgramYaml }),
        201,
      );
    });

    it('exports YAML with every field and value of the file', async () => {
      const reply = await exportFile('EAST-2027', 'yaml');

      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^application\/yaml/);
      expect(reply.headers['content-disposition']).toContain(
        'filename="EAST-2027-v1.yaml"',
      );
      expect(parseYaml(reply.body, { version: '1.2' })).toEqual(fullDocument);
      expect(programIn(reply.body)).toEqual(programIn(fullProgramYaml));
    });

    it('exports JSON with every field and value of the file', async () => {
      const reply = await exportFile('EAST-2027', 'json');

      expect(reply.statusCode).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(reply.body)).toEqual(fullDocument);
      expect(programIn(reply.body, 'p.json')).toEqual(
        programIn(fullProgramYaml),
      );
    });

    it('writes the keys in the order of the file format', async () => {
      const reply = await exportFile('EAST-2027', 'yaml');
      const keys = Object.keys(parseYaml(reply.body) as object);

      expect(keys.slice(0, 5)).toEqual([
        'format',
        'code',
        'name',
        'currency',
        'period',
      ]);
      expect(keys.slice(-4)).toEqual([
        'enrollment',
        'accrual',
        'accounting',
        'payout',
      ]);
    });
  });

  describe('when a JSON file is imported and its export imported again', () => {
    it('gives the same file, byte for byte', async () => {
      const original = { ...fullDocument, code: 'JSON-2027' };
      expectStatus(
        await importProgram(t.app, manager, { json: original }),
        201,
      );
      const first = await exportFile('JSON-2027', 'json');
      const renamed = JSON.parse(first.body.replace('JSON-2027', 'AGAIN-2027'));
      expectStatus(await importProgram(t.app, manager, { json: renamed }), 201);
      const second = await exportFile('AGAIN-2027', 'json');

      expect(JSON.parse(first.body)).toEqual(original);
      expect(second.body).toBe(first.body.replace('JSON-2027', 'AGAIN-2027'));
    });
  });

  describe('when a file has several problems', () => {
    it('is refused with every problem and its path in the file', async () => {
      const broken = programDocument('BAD-1', {
        currency: 'cny',
        measure: 'turnover',
        tiers: [
          { from: '100', rate: '1%' },
          { from: '500', rate: '2%' },
          { from: '300', rate: '3%' },
        ],
        payout: { form: 'cheque' },
      });
      const reply = await importProgram(t.app, manager, { json: broken });
      const paths = reply
        .json()
        .error.details.map((detail: { path: string }) => detail.path);

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error.code).toBe('program_invalid');
      expect(paths).toEqual(
        expect.arrayContaining([
          'currency',
          'measure',
          'tiers[2].from',
          'payout.form',
        ]),
      );
    });

    it('stores nothing', async () => {
      const reply = await t.app.inject({
        url: '/api/programs/BAD-1',
        headers: manager.headers,
      });

      expect(reply.statusCode).toBe(404);
    });
  });

  describe('when the body cannot be read as its content type says', () => {
    it('refuses YAML sent as JSON', async () => {
      const reply = await importProgram(t.app, manager, {
        json: fullProgramYaml,
      });

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error).toMatchObject({
        code: 'program_invalid',
        details: [{ path: '', message: expect.stringContaining('JSON') }],
      });
    });

    it('refuses YAML that does not parse', async () => {
      const reply = await importProgram(t.app, manager, {
        yaml: 'format: tierline/program@1\ncode: [unclosed\n',
      });

      expect(reply.statusCode).toBe(400);
      expect(reply.json().error.code).toBe('program_invalid');
    });
  });
});
