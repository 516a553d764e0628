/** Characters a terminal draws two columns wide: Han, CJK symbols and kana, full-width forms. */
const WIDE = /[\p{Script=Han}\u3000-\u9fff\uff00-\uffef]/u;

/**
 * The columns a text takes in a terminal, for lining up tables: a Chinese character or full-width
 * punctuation mark takes two, anything else one.
 * @example displayWidth("合计 total")
 * // → 10
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}
