import assert from 'node:assert/strict';
import { csvReader, TableInputError, tableReaderFor, type TableReader } from '../../../src/core/text/table';

/** Table reading details the seed-5 mutation sample left unpinned. */

describe('tableReaderFor a reader of several file endings', () => {
  const tabs: TableReader = { format: 'Tab-separated', extensions: ['.tsv', '.tab'], read: () => ({ headers: [], rows: [] }) };

  it('picks the reader by any one of its endings', () => {
    assert.equal(tableReaderFor('roster.tab', [csvReader, tabs]), tabs);
    assert.equal(tableReaderFor('Roster.TSV', [csvReader, tabs]), tabs);
    assert.equal(tableReaderFor('roster.csv', [csvReader, tabs]), csvReader);
  });

  it('names every ending of every reader when none fits', () => {
    assert.throws(
      () => tableReaderFor('roster.txt', [csvReader, tabs]),
      (error: unknown) => error instanceof TableInputError && error.message === 'roster.txt: not a file netgov can read as a table; it reads CSV (.csv), Tab-separated (.tsv, .tab)',
    );
  });
});
