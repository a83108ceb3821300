/**
 * The plans `netgov new` and `netgov import members` write, asserted whole:
 * a full member page with roles and a GitHub username, and the exact message
 * each refused input gets, naming the field it came from.
 */
import assert from 'node:assert/strict';
import { DEFAULT_LAYOUT } from '../../../src/core/config';
import {
  TemplateInputError,
  cutAtWord,
  planAction,
  planFullMember,
  planMeeting,
  planMember,
  planNetwork,
  planPulse,
  type FullMemberInput,
} from '../../../src/core/templates/plan';

const ROOT = '/ws/net';
const refusedWith = (message: string) => (error: unknown): boolean => error instanceof TemplateInputError && error.message === message;

const BODY = [
  '',
  '## About me',
  '',
  'Write a few lines about who you are, your work and what brings you to the network; this page is open to everyone, so leave out email addresses, phone numbers and anything private.',
  '',
  '## What I can help with',
  '',
  'List the skills, knowledge and connections you can offer other members.',
  '',
  '## What I would like from the network',
  '',
  'Say what you hope to learn, change or find through the network, and which areas of work interest you.',
  '',
].join('\n');

const FULL: FullMemberInput = {
  id: 'amara-okafor',
  name: 'Amara Okafor',
  organisation: 'Age UK',
  sector: 'Health',
  profession: 'Nurse',
  joined: '2026-03-01',
  roles: [{ role: 'chair', area: 'housing', from: '2026-03-01', until: '2026-06-30' }, { role: 'member', from: '2026-07-01' }],
  github: 'amara-o',
};

const full = (change: Partial<FullMemberInput>) => planFullMember(ROOT, DEFAULT_LAYOUT, { ...FULL, ...change });

describe('templates: a full member page from a roster', () => {
  it('has every field, each role and the GitHub username in its frontmatter, then the template body', () => {
    assert.deepEqual(full({}), {
      path: '/ws/net/members/amara-okafor.md',
      content: [
        '---',
        'kind: member',
        'name: Amara Okafor',
        'organisation: Age UK',
        'sector: Health',
        'profession: Nurse',
        'joined: 2026-03-01',
        'roles:',
        '  - role: chair',
        '    area: housing',
        '    from: 2026-03-01',
        '    until: 2026-06-30',
        '  - role: member',
        '    from: 2026-07-01',
        'handles:',
        '  github: amara-o',
        '---',
        BODY,
      ].join('\n'),
    });
  });

  it('leaves out roles, handles, sector and profession when none are given, and records no organisation', () => {
    assert.deepEqual(planFullMember(ROOT, DEFAULT_LAYOUT, { id: 'sam', name: 'Sam', joined: '2026-03-01', roles: [] }), {
      path: '/ws/net/members/sam.md',
      content: ['---', 'kind: member', 'name: Sam', 'organisation: Not yet recorded', 'joined: 2026-03-01', '---', BODY].join('\n'),
    });
  });

  it('takes a role that ends the day it starts', () => {
    assert.equal(
      full({ roles: [{ role: 'chair', from: '2026-03-01', until: '2026-03-01' }], github: undefined }).content.split('\n---\n')[0],
      '---\nkind: member\nname: Amara Okafor\norganisation: Age UK\nsector: Health\nprofession: Nurse\njoined: 2026-03-01\nroles:\n  - role: chair\n    from: 2026-03-01\n    until: 2026-03-01',
    );
  });

  it('refuses each id README and Windows reserve', () => {
    const reserved = ['readme', 'con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])];
    for (const id of reserved) {
      assert.throws(() => full({ id }), refusedWith(`The id '${id}' cannot name a file (README and the names Windows reserves); give another.`));
    }
  });

  it('refuses each bad value naming its field', () => {
    const cases: [Partial<FullMemberInput>, string][] = [
      [{ id: 'Amara' }, 'The id \'Amara\' is not an id: ids are lower-case words joined by hyphens, such as \'amara\'.'],
      [{ name: ' ' }, 'The member\'s name is empty.'],
      [{ organisation: ' ' }, 'The organisation is empty.'],
      [{ sector: ' ' }, 'The sector is empty.'],
      [{ profession: ' ' }, 'The profession is empty.'],
      [{ joined: '1 March' }, 'The date joined \'1 March\' is not a date written YYYY-MM-DD.'],
      [{ roles: [{ role: 'chair', from: 'March' }] }, 'The role\'s start (from) \'March\' is not a date written YYYY-MM-DD.'],
      [{ roles: [{ role: 'chair', from: '2026-03-01', until: 'June' }] }, 'The role\'s end (until) \'June\' is not a date written YYYY-MM-DD.'],
      [{ roles: [{ role: 'chair', from: '2026-03-01', until: '2026-02-28' }] }, 'The role ends (2026-02-28) before it starts (2026-03-01).'],
      [{ roles: [{ role: 'Chair', from: '2026-03-01' }] }, 'The role \'Chair\' is not an id: ids are lower-case words joined by hyphens, such as \'chair\'.'],
      [{ roles: [{ role: 'chair', area: 'Housing', from: '2026-03-01' }] }, 'The area \'Housing\' is not an id: ids are lower-case words joined by hyphens, such as \'housing\'.'],
    ];
    for (const [change, message] of cases) assert.throws(() => full(change), refusedWith(message));
  });

  it('refuses a GitHub username that starts with a hyphen, has other characters, or is too long', () => {
    for (const github of ['-amara', 'amara_o', 'amara o', 'a'.repeat(40)]) {
      assert.throws(() => full({ github }), refusedWith(`'${github}' is not a GitHub username: letters, digits and hyphens, at most 39, not starting with a hyphen.`));
    }
    assert.equal(full({ github: `A${'-'.repeat(38)}` }).content.includes(`\n  github: A${'-'.repeat(38)}\n---\n`), true);
  });
});

describe('templates: refusals name the field and the error', () => {
  it('is a TemplateInputError by name', () => {
    assert.throws(() => full({ name: '' }), (error: unknown) => error instanceof TemplateInputError && error.name === 'TemplateInputError');
  });

  it('names the field of a new network, member, action, meeting and temperature check', () => {
    const cases: [() => unknown, string][] = [
      [() => planNetwork(ROOT, { name: ' ', today: '2026-03-01' }), 'The network name is empty.'],
      [() => planNetwork(ROOT, { name: 'North', today: 'now' }), 'Today \'now\' is not a date written YYYY-MM-DD.'],
      [() => planMember(ROOT, DEFAULT_LAYOUT, { name: 'Sam', today: 'now', existingIds: [] }), 'Today \'now\' is not a date written YYYY-MM-DD.'],
      [() => planMember(ROOT, DEFAULT_LAYOUT, { name: '李', today: '2026-03-01', existingIds: [] }), 'The member\'s name \'李\' has no letters or digits (a to z, 0 to 9) to make a file name from; add a few plain words.'],
      [() => planAction(ROOT, DEFAULT_LAYOUT, { title: ' ', proposedBy: 'sam', today: '2026-03-01', existingIds: [] }), 'The title is empty.'],
      [() => planAction(ROOT, DEFAULT_LAYOUT, { title: 'Map', proposedBy: 'sam', today: 'now', existingIds: [] }), 'Today \'now\' is not a date written YYYY-MM-DD.'],
      [() => planAction(ROOT, DEFAULT_LAYOUT, { title: 'Map', proposedBy: 'sam', area: 'Care', today: '2026-03-01', existingIds: [] }), 'The area \'Care\' is not an id: ids are lower-case words joined by hyphens, such as \'care\'.'],
      [() => planAction(ROOT, DEFAULT_LAYOUT, { title: 'Map', proposedBy: 'sam', owners: ['Jo'], today: '2026-03-01', existingIds: [] }), 'An owner \'Jo\' is not an id: ids are lower-case words joined by hyphens, such as \'jo\'.'],
      [() => planAction(ROOT, DEFAULT_LAYOUT, { title: 'Map', proposedBy: 'sam', outcomes: ['Care'], today: '2026-03-01', existingIds: [] }), 'An outcome \'Care\' is not an id: ids are lower-case words joined by hyphens, such as \'care\'.'],
      [() => planAction(ROOT, DEFAULT_LAYOUT, { title: '李', proposedBy: 'sam', today: '2026-03-01', existingIds: [] }), 'The title \'李\' has no letters or digits (a to z, 0 to 9) to make a file name from; add a few plain words.'],
      [() => planMeeting(ROOT, DEFAULT_LAYOUT, { date: 'now', existingIds: [] }), 'The meeting date \'now\' is not a date written YYYY-MM-DD.'],
      [() => planMeeting(ROOT, DEFAULT_LAYOUT, { date: '2026-03-01', title: ' ', existingIds: [] }), 'The title is empty.'],
      [() => planMeeting(ROOT, DEFAULT_LAYOUT, { date: '2026-03-01', facilitator: 'Jo', existingIds: [] }), 'The facilitator \'Jo\' is not an id: ids are lower-case words joined by hyphens, such as \'jo\'.'],
      [() => planMeeting(ROOT, DEFAULT_LAYOUT, { date: '2026-03-01', attendees: ['Jo'], existingIds: [] }), 'An attendee \'Jo\' is not an id: ids are lower-case words joined by hyphens, such as \'jo\'.'],
      [() => planMeeting(ROOT, DEFAULT_LAYOUT, { date: '2026-03-01', title: '李', existingIds: [] }), 'The title \'李\' has no letters or digits (a to z, 0 to 9) to make a file name from; add a few plain words.'],
      [() => planPulse(ROOT, DEFAULT_LAYOUT, { date: 'now', existingIds: [] }), 'The date \'now\' is not a date written YYYY-MM-DD.'],
      [() => planPulse(ROOT, DEFAULT_LAYOUT, { date: '2026-03-01', invited: 3, respondents: 4, existingIds: [] }), '4 respondents is more than the 3 people invited.'],
      [() => planPulse(ROOT, DEFAULT_LAYOUT, { date: '2026-03-01', title: ' ', existingIds: [] }), 'The title is empty.'],
    ];
    for (const [plan, message] of cases) assert.throws(plan, refusedWith(message));
  });
});

describe('templates: values at their limits are taken', () => {
  it('takes a 200-character title, a 120-character id and a million invited', () => {
    const title = 'a'.repeat(200);
    assert.equal(planMeeting(ROOT, DEFAULT_LAYOUT, { date: '2026-03-01', title, existingIds: [] })[0]!.path, `/ws/net/meetings/2026-03-01-${'a'.repeat(49)}.md`);
    const id = `a${'-b'.repeat(59)}a`;
    assert.equal(id.length, 120);
    assert.equal(planAction(ROOT, DEFAULT_LAYOUT, { title: 'Map', proposedBy: id, today: '2026-03-01', existingIds: [] })[0]!.content.includes(`proposed_by: ${id}\n`), true);
    assert.equal(planPulse(ROOT, DEFAULT_LAYOUT, { date: '2026-03-01', invited: 1_000_000, existingIds: [] })[0]!.content.includes('invited: 1000000\n'), true);
  });
});

describe('templates: cutting a slug that starts with a hyphen', () => {
  it('cuts at the length, not at the leading hyphen, and drops a trailing hyphen', () => {
    assert.equal(cutAtWord('-abc', 2), '-a');
    assert.equal(cutAtWord('-ab', 1), '');
  });
});
