import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  type IRunOptions,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { translate } from '../../../shared/i18n';
import type { NoticeBlock, NoticeDocument } from '../../../shared/notices/document';
import { updatedOnText } from '../../../shared/notices/privacyNotice';

const bullets = 'notice-bullets';

/** Typed apart: inline, the options read as a string to the linter (String.prototype.bold). */
function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [run({ text, bold: header })] })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F8', color: 'auto' } } : {}),
  });
}

function blocks(item: NoticeBlock): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'paragraph':
      return [new Paragraph({ text: item.text, spacing: { after: 120 } })];
    case 'list':
      return item.items.map(
        (entry) => new Paragraph({ text: entry, numbering: { reference: bullets, level: 0 } }),
      );
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            // Repeated at the top of each page the table runs onto.
            new TableRow({
              tableHeader: true,
              children: item.columns.map((column) => cell(column, true)),
            }),
            ...item.rows.map(
              (row) =>
                new TableRow({
                  cantSplit: true,
                  children: row.map((text, index) => cell(text, index === 0)),
                }),
            ),
          ],
        }),
        new Paragraph({ text: '' }),
      ];
  }
}

/**
 * The notice as a .docx for a word processor (Word, LibreOffice): real headings (so the
 * document's outline and a table of contents work), bulleted lists, tables with a repeated
 * header row, page X / Y at the foot.
 */
export async function noticeDocx(doc: NoticeDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: 'DPO Desk',
    title: doc.title,
    description: doc.organisation,
    lastModifiedBy: 'DPO Desk',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 21 } } },
    },
    numbering: {
      config: [
        {
          reference: bullets,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 540, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {},
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [
                      translate(doc.language, 'notice.pageWord'),
                      PageNumber.CURRENT,
                      ' / ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
          ...(doc.organisation === ''
            ? []
            : [new Paragraph({ children: [run({ text: doc.organisation, bold: true })] })]),
          new Paragraph({
            children: [run({ text: updatedOnText(doc), italics: true, color: '555555' })],
          }),
          ...doc.sections.flatMap((section) => [
            new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }),
            ...section.blocks.flatMap(blocks),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
