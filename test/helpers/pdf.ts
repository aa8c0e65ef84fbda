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

/** A run of text on a page with its box, in points from the page's bottom left. */
export interface PlacedText {
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** Where each run of text sits on each page, and the outline (bookmarks) as nested titles. */
export async function readPdfLayout(
  bytes: Uint8Array,
): Promise<{ pages: PlacedText[][]; outline: { title: string; items: string[] }[] }> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const pages: PlacedText[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const placed: PlacedText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x = 0, y = 0] = item.transform as number[];
      // The box of the glyphs: from the baseline down by a fifth (descenders) up to the height.
      placed.push({
        text: item.str,
        left: x,
        right: x + item.width,
        bottom: y - item.height * 0.2,
        top: y + item.height * 0.8,
      });
    }
    pages.push(placed);
  }
  const tree = (await document.getOutline()) as
    { title: string; items: { title: string }[] }[] | null;
  await document.loadingTask.destroy();
  return {
    pages,
    outline: (tree ?? []).map((node) => ({
      title: node.title,
      items: node.items.map((i) => i.title),
    })),
  };
}

/** Pairs of runs of text on one page whose boxes overlap: text printed over text. */
export function overlaps(runs: readonly PlacedText[]): [string, string][] {
  const found: [string, string][] = [];
  runs.forEach((a, i) => {
    for (const b of runs.slice(i + 1)) {
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
      if (across > 0.5 && down > 0.5) found.push([a.text, b.text]);
    }
  });
  return found;
}
