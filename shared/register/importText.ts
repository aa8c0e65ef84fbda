import { translate, type Language } from '../i18n';
import type { ImportProblem } from '../schemas/registerImport';

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
  const field = problem.field === '' ? '' : ` [${problem.field}]`;
  return translate(language, 'registerImport.line', {
    level: translate(language, `registerImport.level.${problem.level}`),
    where,
    field,
    what,
  });
}
