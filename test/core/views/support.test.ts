import assert from 'node:assert/strict';
import { currentMembers, dateProblem, idsFromFileNames, memberDescription, membersOnDate } from '../../../src/core/views/authoring';
import { addDays, daysBetween, daysText, formatDate, formatDatesIn, isIsoDate, localToday, relativeDays } from '../../../src/core/views/dates';
import { statusOf, statusSummary } from '../../../src/core/views/status';
import { TODAY, networkOf } from './view-network';

describe('views: dates', () => {
  it('adds days and counts the days between dates across months, years and leap days', () => {
    assert.equal(addDays('2026-11-27', 60), '2027-01-26');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(daysBetween('2026-11-27', '2027-03-10'), 103);
    assert.equal(daysBetween('2026-11-27', '2026-11-01'), -26);
    // Across the clocks going back in the UK: still whole days.
    assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
  });

  it('writes dates the UK way and distances in words', () => {
    assert.equal(formatDate('2027-01-15'), '15 Jan 2027');
    assert.equal(formatDate('2026-12-01'), '1 Dec 2026');
    assert.deepEqual(
      ['2026-11-27', '2026-11-28', '2026-11-26', '2026-12-10', '2026-11-01'].map((d) => relativeDays(d, TODAY)),
      ['today', 'tomorrow', 'yesterday', 'in 13 days', '26 days ago'],
    );
    // One day is a day: the charter check said "reviewed 1 days ago".
    assert.deepEqual([0, 1, 2, -1].map(daysText), ['0 days', '1 day', '2 days', '-1 day']);
  });

  it("writes dates the reader's way when given a locale, the UK way without one or with one the runtime does not know", () => {
    assert.equal(formatDate('2026-11-27', 'en-GB'), '27 Nov 2026');
    assert.equal(formatDate('2026-11-27', 'en-US'), 'Nov 27, 2026');
    assert.equal(formatDate('2026-11-27', 'de'), '27. Nov. 2026');
    // VS Code's English is plain `en`, which writes dates the American way (as its date picker does).
    assert.equal(formatDate('2026-11-27', 'en'), 'Nov 27, 2026');
    // The same day wherever the editor runs: no time zone moves 1 January into the year before.
    assert.equal(formatDate('2027-01-01', 'en-US'), 'Jan 1, 2027');
    assert.equal(formatDate('2026-11-27', 'not a locale!'), '27 Nov 2026');
    assert.equal(formatDate('2026-11-27', undefined), '27 Nov 2026');
  });

  it('rewrites the dates in a sentence, and only the dates', () => {
    const sentence = 'proposed 2026-11-05 in actions/2026-02-05-falls.md, reviewed 27 Nov 2026 (not 2026-02-30)';
    assert.equal(formatDatesIn(sentence), 'proposed 5 Nov 2026 in actions/2026-02-05-falls.md, reviewed 27 Nov 2026 (not 2026-02-30)');
    assert.equal(formatDatesIn(sentence, 'en-US'), 'proposed Nov 5, 2026 in actions/2026-02-05-falls.md, reviewed Nov 27, 2026 (not 2026-02-30)');
    assert.equal(formatDatesIn(sentence, 'de'), 'proposed 5. Nov. 2026 in actions/2026-02-05-falls.md, reviewed 27. Nov. 2026 (not 2026-02-30)');
    assert.equal(formatDatesIn('31 Feb 2026, 1 May 20261, no dates', 'en-US'), '31 Feb 2026, 1 May 20261, no dates');
  });

  it("takes today from the user's clock, not UTC", () => {
    assert.equal(localToday(new Date(2026, 10, 27, 0, 30)), '2026-11-27');
    assert.equal(localToday(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    assert.deepEqual(
      ['2026-11-27', '2028-02-29', '2026-02-29', '2026-13-01', '27/11/2026', '2026-1-5', ''].map(isIsoDate),
      [true, true, false, false, false, false, false],
    );
  });
});

describe('views: authoring helpers', () => {
  it('offers current members, and for a meeting date those who had joined and not yet left, by name', async () => {
    const network = await networkOf();
    const current = currentMembers(network, TODAY).map((m) => m.id);
    assert.ok(!current.includes('mo-rahman') && !current.includes('ann-baker'));
    assert.ok(current.includes('zoe-ward'));
    assert.equal(current.length, 10);
    // On 29 Sep 2026 Ann had not yet left (she left on the 30th, and from that day is no longer a member); Mo had.
    const onDay = membersOnDate(network, '2026-09-29').map((m) => m.name);
    assert.ok(!membersOnDate(network, '2026-09-30').some((m) => m.id === 'ann-baker'));
    assert.deepEqual(onDay, [
      'Amara Okafor',
      'Ann Baker',
      'Gareth Jones',
      'Jean Wilson',
      'Lena Fischer',
      'Nia Evans',
      'Olu Adeyemi',
      'Priya Shah',
      'Sam Lee',
      'Tom Hughes',
      'Zoe Ward',
    ]);
    assert.equal(memberDescription(currentMembers(network, TODAY)[0]!), 'amara-okafor · Riverside Hospitals');
  });

  it('explains a mistyped meeting date', () => {
    assert.equal(dateProblem('2026-11-27'), undefined);
    assert.equal(dateProblem(' 2026-11-27 '), undefined);
    assert.equal(dateProblem(''), 'Give the date, written YYYY-MM-DD.');
    assert.equal(dateProblem('27/11/2026'), 'Write the date as YYYY-MM-DD: 2026-11-27.');
    assert.equal(dateProblem('2026-02-30'), "'2026-02-30' is not a date written YYYY-MM-DD, such as 2026-11-27.");
    assert.equal(dateProblem('next week'), "'next week' is not a date written YYYY-MM-DD, such as 2026-11-27.");
  });

  it('takes ids from markdown file names, leaving out README.md', () => {
    assert.deepEqual(idsFromFileNames(['a.md', 'README.md', 'readme.MD', 'notes.txt', 'B.MD']), ['a', 'B']);
  });
});

describe('views: status bar', () => {
  it("shows a network's name and its error and warning counts, and says what the Problems view holds", () => {
    assert.deepEqual(statusSummary('North Shire Frailty Network', 1, { errors: 3, warnings: 5, infos: 1, findings: 0 }), {
      text: 'North Shire Frailty Network $(error) 3 $(warning) 5',
      tooltip: 'netgov: North Shire Frailty Network\n3 errors, 5 warnings, 1 info in its governance documents, and 0 health findings shown on them as information.\n9 entries in the Problems view in all. Click to open it.',
      accessibilityLabel: 'netgov: North Shire Frailty Network, 3 errors, 5 warnings, 1 info, 0 health findings',
    });
  });

  it('counts health findings apart, and adds them to the total the Problems view shows', () => {
    const summary = statusSummary('Eastfield', 1, { errors: 0, warnings: 2, infos: 0, findings: 6 });
    assert.equal(summary.text, 'Eastfield $(error) 0 $(warning) 2 $(pulse) 6');
    assert.equal(summary.tooltip, 'netgov: Eastfield\n0 errors, 2 warnings, 0 infos in its governance documents, and 6 health findings shown on them as information.\n8 entries in the Problems view in all. Click to open it.');
    assert.match(statusSummary('Eastfield', 1, { errors: 0, warnings: 0, infos: 0, findings: 1 }).tooltip, /1 health finding shown.*\n1 entry in the Problems view/s);
  });

  it('says how many networks there are when it shows none in particular', () => {
    const summary = statusSummary(undefined, 3, { errors: 0, warnings: 1, infos: 0, findings: 0 });
    assert.equal(summary.text, '3 networks $(error) 0 $(warning) 1');
    assert.match(summary.tooltip, /^netgov: 3 networks in this workspace\n0 errors, 1 warning, 0 infos in their governance documents/);
    assert.match(statusSummary('Eastfield', 2, { errors: 0, warnings: 0, infos: 0, findings: 0 }).tooltip, /^netgov: Eastfield \(one of 2 networks in this workspace\)\n/);
  });

  it('says how many documents it is checking until the first check is done, then the counts', () => {
    assert.deepEqual(statusOf({ checking: 39 }), {
      text: '$(sync~spin) netgov: checking 39 documents',
      tooltip: "netgov: checking 39 documents in this workspace's networks.\nThe counts of errors, warnings and health findings appear here when the first check is done.",
      accessibilityLabel: 'netgov: checking 39 documents',
    });
    assert.equal(statusOf({ checking: 1 }).text, '$(sync~spin) netgov: checking 1 document');
    const counts = { errors: 1, warnings: 0, infos: 0, findings: 2 };
    assert.deepEqual(statusOf({ name: 'Eastfield', networks: 1, counts }), statusSummary('Eastfield', 1, counts));
  });

  it('shortens a long name at a word', () => {
    assert.equal(statusSummary('The North East and North Cumbria Frailty Improvement Network', 1, { errors: 0, warnings: 0, infos: 0, findings: 0 }).text, 'The North East and North… $(error) 0 $(warning) 0');
  });
});
