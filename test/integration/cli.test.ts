import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/cli';
import { latestSchemaVersion } from '../../db/migrations';
import { openDatabase } from '../../db/connection';
import { appVersion } from '../../electron/services/version';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env,
  });
  return { code, out, err };
}

describe('dpo-desk command line', () => {
  it('init creates a database and says what it did, then says it is up to date', async () => {
    const file = join(tempDir(), 'sous-dossier', 'registre.sqlite');
    const first = await run(['init', '--db', file]);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain(`Base créée : ${file}`);
    expect(first.out).toContain('migration appliquée : 0001_audit_journal');
    expect(first.out).toContain(`Version du schéma : ${String(latestSchemaVersion)}`);
    expect(existsSync(file)).toBe(true);

    const second = await run(['init', '--db', file]);
    expect(second.code).toBe(0);
    expect(second.out).toContain(`Base déjà à jour : ${file}`);
  });

  it('init migrates an older database and names the checked copy', async () => {
    const file = join(tempDir(), 'ancienne.sqlite');
    const old = await openDatabase(file, { migrateTo: '0001_audit_journal' });
    await old.handle.close();
    const result = await run(['init', '--db', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      `Base mise à jour : ${file} (schéma 1 -> ${String(latestSchemaVersion)})`,
    );
    expect(result.out).toContain(
      `Copie de sécurité vérifiée avant la mise à jour : ${join(dirname(file), 'backups', 'ancienne.')}`,
    );
  });

  it('takes the file from DPO_DESK_DB when --db is absent', async () => {
    const file = join(tempDir(), 'env.sqlite');
    const result = await run(['init'], { DPO_DESK_DB: file });
    expect(result.code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a newer database with one line on stderr and a non-zero exit', async () => {
    const file = join(tempDir(), 'future.sqlite');
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 999');
    raw.close();
    const result = await run(['init', '--db', file]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
    expect(result.err).toContain('version plus récente');
  });

  it('prints its version and its help', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, out: `${appVersion}\n`, err: '' });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('init');
    const initHelp = await run(['init', '--help']);
    expect(initHelp.code).toBe(0);
    expect(initHelp.out).toContain('--db <fichier>');
  });

  it('answers an unknown option or command with one clear line and exit code 2', async () => {
    const option = await run(['init', '--bogus']);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/^dpo-desk : option inconnue .*\n$/);
    const command = await run(['detruire']);
    expect(command.code).toBe(2);
    expect(command.err).toMatch(/^dpo-desk : commande inconnue .*\n$/);
    const missing = await run(['init', '--db']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^dpo-desk : valeur ou option obligatoire manquante/);
  });
});

describe('dpo-desk breach-deadline', () => {
  it('prints when the CNIL must be notified, in Paris time, and how it was counted', async () => {
    const result = await run(['breach-deadline', '--aware', '2026-03-27T14:25']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe(
      'Échéance de notification à la CNIL : lundi 30 mars 2026 à 16:00 (heure de Paris) (2026-03-30T16:00+02:00)',
    );
    expect(result.out).toContain('n’est pas comptée (règlement n° 1182/71, art. 3, § 1)');
  });

  it('answers in JSON with aware, start and due carrying the Paris offset, and 24 hours on request', async () => {
    const json = JSON.parse(
      (await run(['breach-deadline', '--aware', '2026-03-27T14:25', '--json'])).out,
    ) as { aware: string; start: string; due: string; steps: { kind: string; text: string }[] };
    expect(json).toMatchObject({
      aware: '2026-03-27T14:25+01:00',
      start: '2026-03-27T15:00+01:00',
      due: '2026-03-30T16:00+02:00',
      cautiousDue: '2026-03-30T15:25+02:00',
    });
    expect(json.steps.map((step) => step.kind)).toEqual([
      'aware',
      'hourNotCounted',
      'periodStarts',
      'hoursCounted',
      'clockChanged',
      'cautious',
    ]);
    const short = JSON.parse(
      (
        await run([
          'breach-deadline',
          '--aware',
          '2026-06-12T23:59',
          '--electronic-communications',
          '--json',
        ])
      ).out,
    ) as { due: string; hours: number };
    expect(short).toMatchObject({ hours: 24, due: '2026-06-14T00:00+02:00' });
  });

  it('refuses a time that is not one, in one line', async () => {
    expect(await run(['breach-deadline', '--aware', '2026-02-30T10:00'])).toEqual({
      code: 1,
      out: '',
      err: 'dpo-desk : --aware : Date et heure invalides (format AAAA-MM-JJTHH:MM, heure de Paris, par exemple 2026-03-27T14:25).\n',
    });
  });
});

describe('dpo-desk breaches', () => {
  it('lists the breach register of the example, one line each, and as JSON', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    expect((await run(['init', '--db', file, '--example'])).code).toBe(0);
    const text = await run(['breaches', '--db', file]);
    expect(text.code).toBe(0);
    const lines = text.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^VDP-\d{4}-0002 {2}Documentée seulement {2}échéance CNIL : .+ {2}Ordinateur portable/,
    );
    expect(lines[1]).toMatch(/^VDP-\d{4}-0001 {2}Notifiée {2}/);
    expect(await run(['breaches', '--db', file, '--open'])).toMatchObject({
      code: 0,
      out: 'Aucune violation enregistrée.\n',
    });
    const json = JSON.parse((await run(['breaches', '--db', file, '--json'])).out) as {
      reference: string;
      due: string;
    }[];
    expect(json.map((breach) => breach.due)).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:00\+0[12]:00$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:00\+0[12]:00$/),
    ]);
  });
});

describe('dpo-desk deadline', () => {
  it('prints the due date and how it was found', async () => {
    const result = await run(['deadline', '--received', '2026-01-31']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe('Échéance : lundi 2 mars 2026 (2026-03-02)');
    expect(result.out).toContain('Ce mois n’a pas de 31');
  });

  it('answers in JSON with due and steps, with the extension, suspension and Alsace-Moselle', async () => {
    const result = await run([
      'deadline',
      '--received',
      '2026-01-02',
      '--months',
      '3',
      '--suspended-days',
      '0',
      '--alsace',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out) as {
      due: string;
      steps: { kind: string; text: string }[];
    };
    // 2 April 2026 + 0 days is a Thursday; Good Friday is the 3rd, not involved.
    expect(parsed.due).toBe('2026-04-02');
    expect(parsed.steps.map((step) => step.kind)).toEqual(['received', 'monthsAdded', 'due']);
    const alsace = JSON.parse(
      (await run(['deadline', '--received', '2026-03-03', '--alsace', '--json'])).out,
    ) as { due: string };
    expect(alsace.due).toBe('2026-04-07');
  });

  it('refuses an impossible date or a wrong number of months in one line', async () => {
    const date = await run(['deadline', '--received', '2026-02-30']);
    expect(date).toEqual({
      code: 1,
      out: '',
      err: 'dpo-desk : --received : Date invalide (format AAAA-MM-JJ).\n',
    });
    const months = await run(['deadline', '--received', '2026-01-31', '--months', 'quatre']);
    expect(months.code).toBe(1);
    expect(months.err).toContain('--months');
    expect((await run(['deadline'])).code).toBe(2);
  });
});
