import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveDatabasePath } from '../../electron/services/paths';

describe('where the database lives', () => {
  const userData = '/home/dpo/.config/DPO Desk';

  it('defaults to dpo-desk.sqlite in the userData folder', () => {
    expect(resolveDatabasePath([], {}, userData)).toBe(join(userData, 'dpo-desk.sqlite'));
  });

  it('lets DPO_DESK_DB override it, and --db override both', () => {
    expect(resolveDatabasePath([], { DPO_DESK_DB: '/data/a.sqlite' }, userData)).toBe(
      '/data/a.sqlite',
    );
    expect(
      resolveDatabasePath(['--db', '/data/b.sqlite'], { DPO_DESK_DB: '/data/a.sqlite' }, userData),
    ).toBe('/data/b.sqlite');
    expect(resolveDatabasePath(['app', '--db=/data/c.sqlite'], {}, userData)).toBe(
      '/data/c.sqlite',
    );
    expect(resolveDatabasePath([], { DPO_DESK_DB: '' }, userData)).toBe(
      join(userData, 'dpo-desk.sqlite'),
    );
  });

  it('matches Electron’s userData folder on each system', () => {
    expect(defaultUserDataDir('linux', {}, '/home/dpo')).toBe('/home/dpo/.config/DPO Desk');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/dpo')).toBe(
      '/cfg/DPO Desk',
    );
    expect(defaultUserDataDir('darwin', {}, '/Users/dpo')).toBe(
      '/Users/dpo/Library/Application Support/DPO Desk',
    );
    expect(
      defaultUserDataDir(
        'win32',
        { APPDATA: 'C:\\Users\\dpo\\AppData\\Roaming' },
        'C:\\Users\\dpo',
      ),
    ).toContain('DPO Desk');
  });
});

describe('names of documents written for the system viewer', () => {
  it('keeps accents and spaces, removes folders and control characters', async () => {
    const { safeFileName } = await import('../../electron/services/files');
    expect(safeFileName('DPA Hébergeur signé.pdf')).toBe('DPA Hébergeur signé.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('a\u0000b\nc.pdf')).toBe('a_b_c.pdf');
    expect(safeFileName('...')).toBe('document');
  });
});
