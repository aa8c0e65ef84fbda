import type { NoticeBlock, NoticeDocument } from '../../../shared/notices/document';
import { updatedOnText } from '../../../shared/notices/privacyNotice';

/** Text as HTML text or attribute value: nothing the DPO typed can open a tag. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Styles kept inside the file: the page goes on a website as it is, without a stylesheet, a font
 * or a script to fetch (nothing the visitor's browser would ask a third party for).
 */
const style = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  line-height: 1.5; color: #1b1b1b; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
.organisation { font-weight: 600; margin: 0; }
.updated { color: #555; margin-top: 0; }
h2 { font-size: 1.25rem; color: #1f3a68; border-bottom: 1px solid #c9d3e3; padding-bottom: 0.2rem;
  margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.95rem; }
th, td { border: 1px solid #c9d3e3; padding: 0.4rem 0.55rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f8; }
tbody th { font-weight: 600; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
`;

function block(item: NoticeBlock): string {
  switch (item.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(item.text)}</p>`;
    case 'list':
      return `<ul>\n${item.items.map((entry) => `<li>${escapeHtml(entry)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = item.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
      // The first cell names the row (a purpose, a processing): a row header.
      const rows = item.rows.map(
        (row) =>
          `<tr>${row
            .map((cell, index) =>
              index === 0
                ? `<th scope="row">${escapeHtml(cell)}</th>`
                : `<td>${escapeHtml(cell)}</td>`,
            )
            .join('')}</tr>`,
      );
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

/** One self-contained HTML page: inline styles, no script, no external resource. */
export function noticeHtml(doc: NoticeDocument): string {
  const sections = doc.sections.map(
    (section) =>
      `<section id="${escapeHtml(section.id)}">\n<h2>${escapeHtml(section.heading)}</h2>\n${section.blocks
        .map(block)
        .join('\n')}\n</section>`,
  );
  const title = doc.organisation === '' ? doc.title : `${doc.title} — ${doc.organisation}`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(doc.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="DPO Desk">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escapeHtml(doc.title)}</h1>
${doc.organisation === '' ? '' : `<p class="organisation">${escapeHtml(doc.organisation)}</p>\n`}<p class="updated">${escapeHtml(updatedOnText(doc))}</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
