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
