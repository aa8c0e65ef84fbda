import { getDocumentProxy } from 'unpdf';

export interface ReadPdf {
  pages: string[];
  text: string;
  /** Width and height of the first page, in points. */
  pageSize: [number, number];
  title: string;
}

/** Reads a PDF back as a person would: the text of each page, in order. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // unpdf ships pdf.js built for servers: no canvas, no worker, nothing native.
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[] = [];
  let pageSize: [number, number] = [0, 0];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    if (number === 1) {
      const viewport = page.getViewport({ scale: 1 });
      pageSize = [viewport.width, viewport.height];
    }
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
  }
  const metadata = await document.getMetadata();
  const info = metadata.info as { Title?: string };
  await document.loadingTask.destroy();
  return { pages, text: pages.join('\n'), pageSize, title: info.Title ?? '' };
}

/** The font programs a PDF carries inside itself (embedded TrueType fonts). */
export function embeddedFonts(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const names = [...text.matchAll(/\/FontName\s*\/([A-Z]{6}\+)?([A-Za-z0-9-]+)/g)].map(
    (m) => m[2] ?? '',
  );
  return text.includes('/FontFile2') ? [...new Set(names)] : [];
}

/** Words joined as extracted (PDF text keeps its own spacing): spaces and breaks folded. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
