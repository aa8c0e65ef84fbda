/** Lower case without accents: "Prospection" and "prospection", "Équipe" and "equipe" match. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

/** True when every word of the query appears in the text, ignoring case and accents. */
export function matchesSearch(text: string, query: string): boolean {
  const folded = foldForSearch(text);
  return foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => folded.includes(word));
}
