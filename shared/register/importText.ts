import { isMessageKey, translate, type Language } from '../i18n';
import type { ImportProblem } from '../schemas/registerImport';

/**
 * `transfers.0.safeguard` in the DPO's words: « transfert hors UE n° 1, garantie » (the path
 * stays for others). The part after the position is named when it has words of its own, so a
 * retention remark says « durée de conservation », not just the category it belongs to.
 */
function fieldText(language: Language, path: string): string {
  const [head = '', index, part] = path.split('.');
  const key = `registerImport.path.${head}`;
  if (!isMessageKey(key)) return path;
  const field = translate(language, key);
  if (index === undefined || !/^\d+$/.test(index)) return field;
  const numbered = translate(language, 'registerImport.path.numbered', {
    field,
    position: Number(index) + 1,
  });
  const partKey = `registerImport.path.${part ?? ''}`;
  return part === undefined || !isMessageKey(partKey)
    ? numbered
    : translate(language, 'registerImport.path.part', {
        field: numbered,
        part: translate(language, partKey),
      });
}

/** One problem of an import as a line: where, then what (the reason key worded too). */
export function importProblemText(language: Language, problem: ImportProblem): string {
  const where = translate(
    language,
    problem.cell === '' ? 'registerImport.where' : 'registerImport.whereCell',
    { sheet: problem.sheet, cell: problem.cell },
  );
  const values = { ...(problem.values ?? {}) };
  if (typeof values.reason === 'string') values.reason = translate(language, values.reason);
  const what = translate(language, `registerImport.problem.${problem.code}`, values);
  const field = problem.field === '' ? '' : ` (${fieldText(language, problem.field)})`;
  return translate(language, 'registerImport.line', {
    level: translate(language, `registerImport.level.${problem.level}`),
    where,
    field,
    what,
  });
}
