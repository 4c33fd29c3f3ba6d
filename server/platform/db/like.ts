/** Escapes LIKE metacharacters (backslash, % and _) so user input matches literally under the default escape character. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching values that contain `text` literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A LIKE pattern matching values that start with `text` literally. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}
