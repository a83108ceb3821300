/**
 * Where the run of characters that each match `char` at the end of `text` starts (`text.length`
 * when there is none). Read back from the end once: a pattern such as `/[\s:.]+$/` retries from
 * every character of a run that stops short of the end, quadratic in the run's length (a heading
 * with a 200 KB run of spaces took 40 s). `char` tests one character and has no `g` flag.
 */
export function trailingRunStart(text: string, char: RegExp): number {
  let start = text.length;
  while (start > 0 && char.test(text[start - 1]!)) start -= 1;
  return start;
}
