import { LineCounter } from 'yaml';
import type { Position, Range } from '../diagnostic';

/**
 * Maps offsets in a whole file to 0-based line/character positions. Uses the
 * yaml package's LineCounter over the full text (not just the frontmatter), so
 * every range lands on the line the user sees. Line breaks are CRLF, LF and a
 * lone CR, as in VS Code, so editor and CLI agree on every file.
 */
export class LineIndex {
  private built: LineCounter | undefined;

  constructor(readonly text: string) {}

  /** Built on first use: a valid document never needs a position, so most never pay for it. */
  private get counter(): LineCounter {
    if (!this.built) {
      const counter = new LineCounter();
      counter.addNewLine(0);
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 /* \n */) counter.addNewLine(i + 1);
        else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) counter.addNewLine(i + 1);
      }
      this.built = counter;
    }
    return this.built;
  }

  get lineCount(): number {
    return this.counter.lineStarts.length;
  }

  positionAt(offset: number): Position {
    let clamped = Math.max(0, Math.min(offset, this.text.length));
    // Between the \r and \n of a CRLF is past the line's end (a YAML error span can end there;
    // found by test/fuzz): the position is the end of the line, as VS Code would show it.
    if (this.text.charCodeAt(clamped) === 10 && this.text.charCodeAt(clamped - 1) === 13) clamped--;
    const { line, col } = this.counter.linePos(clamped);
    return { line: line - 1, character: col - 1 };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** Offset of the start of a 0-based line. */
  lineStart(line: number): number {
    const starts = this.counter.lineStarts;
    return starts[Math.max(0, Math.min(line, starts.length - 1))] ?? 0;
  }

  /** Offset just before the line break that ends a 0-based line. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineCount ? this.lineStart(line + 1) : this.text.length;
    let end = next;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The whole of a 0-based line, without its line break. */
  lineRange(line: number): Range {
    return this.rangeOf(this.lineStart(line), this.lineEnd(line));
  }
}
