import type { NoticeBlock, NoticeDocument } from '../../../../shared/notices/document';
import { formatCalendarDate } from '../../../../shared/dates';

function Block({ block }: { block: NoticeBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p className={block.origin === 'edited' ? 'notice-edited' : undefined}>{block.text}</p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            // Items are sentences of the model, in its order, never moved in place.
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div className="table-scroll">
          <table className="notice-table">
            <thead>
              <tr>
                {block.columns.map((column) => (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th scope="row" key={column}>
                        {cell}
                      </th>
                    ) : (
                      <td key={column}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/**
 * The generated notice as the website will show it, drawn from the model (React elements, no
 * HTML string injected): what the DPO reads here is what the saved files say.
 */
export function NoticePreview({
  doc,
  updatedLabel,
}: {
  doc: NoticeDocument;
  updatedLabel: (date: string) => string;
}) {
  return (
    <article className="notice-preview" lang={doc.language}>
      <h2 className="notice-title">{doc.title}</h2>
      <p className="hint">{updatedLabel(formatCalendarDate(doc.updatedOn))}</p>
      {doc.sections.map((section) => (
        <section key={section.id} aria-labelledby={`notice-${section.id}`}>
          <h3 id={`notice-${section.id}`}>{section.heading}</h3>
          {section.blocks.map((block, index) => (
            <Block block={block} key={index} />
          ))}
        </section>
      ))}
    </article>
  );
}
