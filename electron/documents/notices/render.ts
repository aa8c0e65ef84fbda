import type { NoticeDocument, NoticeFormat } from '../../../shared/notices/document';
import { resourcesDir } from '../../services/resources';

/** The extension and type of each format, for the save dialog and the command line. */
export const noticeFileTypes: Record<NoticeFormat, { extension: string; mimeType: string }> = {
  html: { extension: 'html', mimeType: 'text/html' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
};

/**
 * A notice written in one format: a self-contained HTML page for the website, a PDF, or a .docx.
 * Each writer is loaded when asked for (pdfkit and docx are heavy for a command that writes HTML).
 */
export async function renderNotice(
  doc: NoticeDocument,
  format: NoticeFormat,
  createdAt: Date = new Date(),
): Promise<Uint8Array> {
  switch (format) {
    case 'html': {
      const { noticeHtml } = await import('./html');
      return new TextEncoder().encode(noticeHtml(doc));
    }
    case 'pdf': {
      const { noticePdf } = await import('./pdf');
      return noticePdf(doc, { resources: resourcesDir(), createdAt });
    }
    case 'docx': {
      const { noticeDocx } = await import('./docx');
      return noticeDocx(doc);
    }
  }
}
