import assert from 'node:assert/strict';
import { findDatesOfBirth, findEmails, findNhsNumbers, findPhones, isNhsNumber } from '../../../src/core/privacy/detect';

const at = (found: { start: number; end: number; text: string }[]) => found.map((f) => [f.start, f.end, f.text]);

describe('personal data detection', () => {
  it('checks the NHS number check digit (modulus 11)', () => {
    assert.equal(isNhsNumber('9434765919'), true);
    assert.equal(isNhsNumber('9434765918'), false); // last digit off by one
    assert.equal(isNhsNumber('4010232137'), true);
    assert.equal(isNhsNumber('1234567890'), false); // check digit would be 10: never valid
    assert.equal(isNhsNumber('943476591'), false);
    assert.equal(isNhsNumber('94347659190'), false);
  });

  it('finds NHS numbers written together or 3-3-4, and not near-misses', () => {
    assert.deepEqual(at(findNhsNumbers('NHS no 943 476 5919, or 9434765919 or 943-476-5919.')), [
      [7, 19, '943 476 5919'],
      [24, 34, '9434765919'],
      [38, 50, '943-476-5919'],
    ]);
    // A failing check digit, mixed separators, a longer number, a decimal, an id-like slug.
    assert.deepEqual(at(findNhsNumbers('943 476 5918; 943 476-5919; 19434765919; 9434765919.5; ref-9434765919')), []);
  });

  it('finds email addresses, and not handles or file names', () => {
    assert.deepEqual(at(findEmails('Mail amara.okafor@example.nhs.uk or j+x@ex.org.')), [
      [5, 32, 'amara.okafor@example.nhs.uk'],
      [36, 46, 'j+x@ex.org'],
    ]);
    assert.deepEqual(at(findEmails('@amara-okafor on GitHub, see notes@v2, file.md, a @ b.org, Network@example.org')), []);
  });

  it('finds UK phone numbers in the usual formats, and not dates, ids or NHS numbers', () => {
    assert.deepEqual(at(findPhones('Call 07700 900123, 0191 498 0000, +44 7700 900123 or (0113) 496 0000; 0800 123 456.')), [
      [5, 17, '07700 900123'],
      [19, 32, '0191 498 0000'],
      [34, 49, '+44 7700 900123'],
      [53, 68, '(0113) 496 0000'],
      [70, 82, '0800 123 456'],
    ]);
    // 0 and nine digits is a number only for 01, 03 and 08 numbers (0800 123 456): not 020 or 07 ones.
    assert.deepEqual(at(findPhones('Ref 020 7946 012 and 07700 90012; call 01904 12345.')), [[39, 50, '01904 12345']]);
    assert.deepEqual(at(findPhones('On 2026-11-20, 20261120, 0 members, 07700 9001234 5, 1234 567 8901, 943 476 5919, 01234.5678')), []);
  });

  it('finds dates of birth after "born", "DOB" or "date of birth", from the cue to the end of the date', () => {
    const text = 'Born 3 March 1961; DOB: 03/03/1961; date of birth 1961-03-03; D.O.B. 3.3.61; born on 3rd of Mar. 1961; Date of birth: March 3, 1961; birthday is 14/2/1950.';
    assert.deepEqual(at(findDatesOfBirth(text)), [
      [0, 17, 'Born 3 March 1961'],
      [19, 34, 'DOB: 03/03/1961'],
      [36, 60, 'date of birth 1961-03-03'],
      [62, 75, 'D.O.B. 3.3.61'],
      [77, 101, 'born on 3rd of Mar. 1961'],
      [103, 131, 'Date of birth: March 3, 1961'],
      [133, 154, 'birthday is 14/2/1950'],
    ]);
  });

  it('does not take other dates, a place of birth, a year alone or a date inside a longer number for a date of birth', () => {
    const text = [
      'Joined 3 March 2024 and met on 03/03/2025.',
      'The meeting on 1961-03-03 agreed it.',
      'Born in Leeds, born and raised in Sunderland; born 1961; born in March 1961.',
      'A newborn 3 March 1961 unit; unborn 03/03/1961.',
      'born 03/03/19610; DOB 3/3/1961/2; dob 31-12-1961x.',
    ].join('\n');
    assert.deepEqual(at(findDatesOfBirth(text)), []);
  });
});
