import { describe, expect, it } from 'vitest';
import { leavesAnyway, unsavedChangesDialog } from '../../electron/app/leave';
import { conflictTimeOf, reapply } from '../../shared/forms';
import { newId, uuidV7Pattern } from '../../shared/ids';

interface Fields {
  requesterName: string;
  requesterEmail: string;
  status: string;
  rights: string[];
}

const loaded: Fields = {
  requesterName: 'Karim Benali',
  requesterEmail: '',
  status: 'received',
  rights: ['access'],
};

describe('reloading after a conflict keeps what the user typed', () => {
  it('puts the typed fields over the other window’s version and takes the rest from it', () => {
    const typed: Fields = { ...loaded, requesterEmail: 'karim@exemple.fr', rights: ['erasure'] };
    const fresh: Fields = { ...loaded, status: 'inProgress', requesterName: 'Karim BENALI' };
    expect(reapply(loaded, typed, fresh)).toEqual({
      requesterName: 'Karim BENALI',
      requesterEmail: 'karim@exemple.fr',
      status: 'inProgress',
      rights: ['erasure'],
    });
  });

  it('keeps the typed value where both changed the same field, and nothing typed keeps fresh', () => {
    const typed: Fields = { ...loaded, status: 'answered' };
    const fresh: Fields = { ...loaded, status: 'awaitingIdentity' };
    expect(reapply(loaded, typed, fresh).status).toBe('answered');
    expect(reapply(loaded, loaded, fresh)).toEqual(fresh);
  });

  it('reads when the other change was saved from the conflict’s details', () => {
    expect(conflictTimeOf({ changedAt: '2026-12-04T20:15:00.000Z' })).toBe(
      '2026-12-04T20:15:00.000Z',
    );
    expect(conflictTimeOf({ usedBy: ['T-0001'] })).toBeNull();
    expect(conflictTimeOf(undefined)).toBeNull();
  });
});

describe('the Electron question on closing a window with unsaved changes', () => {
  it('asks in French, keeps the changes on Enter or Escape, leaves only on the second button', () => {
    const dialog = unsavedChangesDialog('fr');
    expect(dialog.message).toBe(
      'Des modifications ne sont pas enregistrées. Fermer ou recharger la fenêtre les fera perdre.',
    );
    expect(dialog.buttons).toEqual(['Rester sur la page', 'Quitter sans enregistrer']);
    expect(leavesAnyway(dialog.defaultId)).toBe(false);
    expect(leavesAnyway(dialog.cancelId)).toBe(false);
    expect(leavesAnyway(1)).toBe(true);
    expect(unsavedChangesDialog('en').buttons[1]).toBe('Leave without saving');
  });
});

describe('ids made by a form', () => {
  it('are UUIDv7, ordered by time, and accepted by the create schemas’ pattern', () => {
    const early = newId(new Date('2026-01-01T00:00:00Z'));
    const late = newId(new Date('2026-12-04T00:00:00Z'));
    expect(early).toMatch(uuidV7Pattern);
    expect(early < late).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => newId())).size).toBe(1000);
  });
});
