/** Maximum lengths of text fields: unbounded text makes PDFs slow and the UI unusable. */
export const maxLength = {
  name: 200,
  shortText: 100,
  code: 50,
  email: 254,
  phone: 40,
  address: 1_000,
  freeText: 20_000,
} as const;

/** Attached documents (signed contracts...) are kept inside the database: 25 MB each at most. */
export const maxAttachmentBytes = 25 * 1024 * 1024;

/** Documents the DPO may attach: what contracts and scans come as. */
export const attachmentTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};
