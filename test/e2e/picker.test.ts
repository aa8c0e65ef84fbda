import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import { emptyProcessor } from '../../shared/schemas/processor';
import { compareFrench } from '../../shared/text';
import { value } from '../helpers/result';
import { useTempDir } from '../helpers/temp';
import { artifactsDir, launchApp } from './launch';

const tempDir = useTempDir();

const services = ['Hébergement', 'Sécurité', 'Paie', 'Téléphonie', 'Archivage'];
const cities = ['Lyon', 'Nîmes', 'Sète', 'Brest', 'Évry'];

/**
 * The example register, then 500 processors more (« Sécurité Nîmes 7 »…), written on the file
 * through the services before the app opens it.
 */
async function seed(file: string): Promise<void> {
  const opened = await openContext(file, { actor: 'dpo' });
  try {
    value(await dispatch(opened.ctx, 'example.load', {}));
    for (const service of services) {
      for (const city of cities) {
        for (let n = 1; n <= 20; n += 1) {
          value(
            await dispatch(opened.ctx, 'processors.save', {
              processor: {
                ...emptyProcessor(),
                name: `${service} ${city} ${String(n)}`,
                country: n % 4 === 0 ? 'Maroc' : 'France',
              },
            }),
          );
        }
      }
    }
  } finally {
    await opened.close();
  }
}

describe('the picker, with 500 processors', () => {
  it('filters as one types, chooses with the keyboard and the mouse, removes a chip, and the links are saved; a request picks its activity the same way', async () => {
    const file = join(tempDir(), 'dpo-desk.sqlite');
    await seed(file);
    const app = await launchApp(file);
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.getByRole('link', { name: 'Registre', exact: true }).click();
      await page.getByRole('cell', { name: 'Relation client et suivi clientèle' }).click();
      const title = 'T-0003 — Relation client et suivi clientèle';
      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      const label = 'Sous-traitants et destinataires liés (fiches Sous-traitants)';
      const group = page.getByRole('group', { name: label });
      const picker = page.getByRole('combobox', { name: label });
      const options = page.getByRole('listbox', { name: label }).getByRole('option');
      // The example links the managed IT provider to this activity: it shows as a chip.
      await group
        .getByRole('button', { name: 'Retirer Infogérance Occitanie (exemple)' })
        .waitFor();
      expect(await picker.getAttribute('aria-expanded')).toBe('false');

      // Typed without accents: 100 « Sécurité … » and the example's « Sécurité Sites et
      // Personnes »; 50 shown, the others counted.
      await picker.fill('securite');
      expect(await picker.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => options.count()).toBe(50);
      await group.getByText('… et 51 autres : affinez la recherche').waitFor();
      await picker.press('ArrowDown');
      await page.screenshot({ path: join(artifactsDir, 'picker-more.png') });

      // Two words narrow it to one city, in French order (« 2 » before « 10 »).
      await picker.fill('SÉCU nimes');
      await expect.poll(() => options.count()).toBe(20);
      const names = (await options.locator('.picker-label').allInnerTexts()).map((n) => n.trim());
      expect(names.slice(0, 3)).toEqual([
        'Sécurité Nîmes 1',
        'Sécurité Nîmes 2',
        'Sécurité Nîmes 3',
      ]);
      expect(names).toEqual([...names].sort(compareFrench));
      expect(await group.getByText('affinez la recherche').count()).toBe(0);
      await options.first().getByText('Sous-traitant (art. 28) · France').waitFor();

      // With the keyboard: the second option, highlighted, chosen with Enter.
      await picker.press('ArrowDown');
      await picker.press('ArrowDown');
      await expect.poll(() => options.nth(1).getAttribute('aria-selected')).toBe('true');
      await picker.press('Enter');
      await group.getByRole('button', { name: 'Retirer Sécurité Nîmes 2' }).waitFor();
      expect(await picker.inputValue()).toBe('');
      // Enter chose, it did not save the record.
      expect(await page.getByRole('status').filter({ hasText: 'Enregistré.' }).count()).toBe(0);

      // Already chosen: no longer offered.
      await picker.fill('securite nimes 2');
      await expect.poll(() => options.allInnerTexts()).not.toContain('Sécurité Nîmes 2');
      await options.filter({ hasText: 'Sécurité Nîmes 20' }).waitFor();

      // Nothing matches: said so; Escape closes.
      await picker.fill('zzz');
      await group.getByText('Aucun résultat : essayez un autre mot.').waitFor();
      await picker.press('Escape');
      expect(await picker.getAttribute('aria-expanded')).toBe('false');

      // With the mouse.
      await picker.fill('paie evry');
      await options.filter({ hasText: 'Paie Évry 7' }).waitFor();
      await page.screenshot({ path: join(artifactsDir, 'picker-activity.png') });
      await options.filter({ hasText: 'Paie Évry 7' }).click();
      await group.getByRole('button', { name: 'Retirer Paie Évry 7' }).waitFor();

      // A chip removed, then saved.
      const chips = group.getByRole('button', { name: /^Retirer / });
      const before = await chips.count();
      await group.getByRole('button', { name: 'Retirer Infogérance Occitanie (exemple)' }).click();
      await expect.poll(() => chips.count()).toBe(before - 1);
      await page.keyboard.press('Control+s');
      await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await group.getByRole('button', { name: 'Retirer Sécurité Nîmes 2' }).waitFor();
      await group.getByRole('button', { name: 'Retirer Paie Évry 7' }).waitFor();
      expect(
        await group
          .getByRole('button', { name: 'Retirer Infogérance Occitanie (exemple)' })
          .count(),
      ).toBe(0);
      await group.getByRole('link', { name: 'Sécurité Nîmes 2' }).waitFor();

      // A request names the activity it concerns through the same picker.
      await page.getByRole('link', { name: 'Demandes', exact: true }).click();
      await page.getByRole('link', { name: 'Nouvelle demande' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor();
      await page.getByLabel('Nom du demandeur').fill('Hélène Dupré');
      await page
        .getByRole('group', { name: 'Droits exercés' })
        .getByLabel('Accès', { exact: true })
        .check();
      const activities = page.getByRole('combobox', { name: 'Activités concernées' });
      await activities.fill('relation client');
      const activityOptions = page
        .getByRole('listbox', { name: 'Activités concernées' })
        .getByRole('option');
      await expect.poll(() => activityOptions.count()).toBe(1);
      await activities.press('ArrowDown');
      await activities.press('Enter');
      const chosen = page
        .getByRole('group', { name: 'Activités concernées' })
        .getByRole('button', { name: 'Retirer T-0003 Relation client et suivi clientèle' });
      await chosen.waitFor();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('heading', { level: 1, name: /Hélène Dupré/ }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Hélène Dupré/ }).waitFor();
      await chosen.waitFor();

      // The same picker in English.
      await page.getByRole('link', { name: 'Paramètres', exact: true }).click();
      await page.getByLabel('Langue de l’interface').first().selectOption('en');
      await page.getByRole('link', { name: 'Register', exact: true }).click();
      await page.getByRole('cell', { name: 'Relation client et suivi clientèle' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const english = 'Linked processors and recipients (Processors page)';
      const englishGroup = page.getByRole('group', { name: english });
      await englishGroup.getByRole('button', { name: 'Remove Sécurité Nîmes 2' }).waitFor();
      const englishPicker = page.getByRole('combobox', { name: english });
      expect(await englishPicker.getAttribute('placeholder')).toBe('Type to search…');
      await englishPicker.fill('securite');
      await englishGroup.getByText('… and 50 more: refine the search').waitFor();
      await englishPicker.fill('zzz');
      await englishGroup.getByText('No match: try another word.').waitFor();
    } finally {
      await app.close();
    }
  });
});
