import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import { languages, translate } from '../../shared/i18n';
import { noticeFormats, noticeKinds } from '../../shared/notices/document';
import { refuseUnwritable } from './letterCommand';

// The database and the writers (pdfkit, docx) load inside the command: see cli.ts.

interface NoticeOptions {
  db?: string;
  kind: string;
  format: string;
  out: string;
  language: string;
}

/**
 * `dpo-desk notice`: the privacy notice (or, later, the cookie policy) generated from the
 * register as the app generates it, written as HTML, PDF or .docx.
 */
export function noticeCommand(
  command: Command,
  io: { out: (text: string) => void },
  databasePath: (db: string | undefined) => string,
  dbOption: string,
): void {
  command
    .option('--db <fichier>', dbOption)
    .requiredOption('--kind <privacy|cookies>', 'politique à générer')
    .requiredOption('--format <html|pdf|docx>', 'format du fichier')
    .requiredOption('--out <fichier>', 'fichier à écrire')
    .option('--language <fr|en>', 'langue de la politique', 'fr')
    .action(async (options: NoticeOptions) => {
      const kind = noticeKinds.find((k) => k === options.kind);
      if (kind === undefined) throw new AppError('VALIDATION', 'error.cli.noticeKind');
      const format = noticeFormats.find((f) => f === options.format);
      if (format === undefined) throw new AppError('VALIDATION', 'error.cli.noticeFormat');
      const language = languages.find((l) => l === options.language);
      if (language === undefined) throw new AppError('VALIDATION', 'error.cli.language');
      refuseUnwritable('--out', options.out, 'error.cli.noticeUnwritable');
      const file = databasePath(options.db);
      const [{ openContext }, { buildNotice }, { renderNotice }] = await Promise.all([
        import('../services/open'),
        import('../services/notices'),
        import('../documents/notices'),
      ]);
      const opened = await openContext(file);
      try {
        const doc = await buildNotice(opened.ctx, kind, language);
        writeFileSync(options.out, await renderNotice(doc, format, opened.ctx.clock()));
        io.out(
          `${translate('fr', 'cli.noticeWritten', { file: options.out, format, sections: doc.sections.length })}\n`,
        );
      } finally {
        await opened.close();
      }
    });
}
