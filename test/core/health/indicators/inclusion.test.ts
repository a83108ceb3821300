import assert from 'node:assert/strict';
import { charterWith, evidenceOf, measure, memberPage } from '../health-fixtures';
import { actionFiles, meetingFiles } from './delivery-fixtures';
import { builtInChecklist } from '../../../../src/core/health/checklist';
import { judgeMeasurement } from '../../../../src/core/health/score';

const DAY = '2026-11-27';

function person(name: string, joined: string, organisation: string | undefined, extra: readonly string[] = []): string {
  return memberPage(name, joined, [...(organisation === undefined ? [] : [`organisation: ${organisation}`]), ...extra]);
}

/**
 * On DAY: Riverside (Amara, lead; Priya, spelt differently), Northgate (Tom,
 * co-chair), Age UK (Sam, Lee), Patient partner (Jo, public/patient), Carers
 * Together (Kim, patient-partner role), County Council (Ray, public health).
 * Olive (Gone Trust) led until 2025-12-31 and left on 2026-01-01; Pat's
 * patient-partner role ended on 2025-06-30.
 */
const MEMBERS: Readonly<Record<string, string>> = {
  'CHARTER.md': charterWith(),
  'members/amara.md': person('Amara Okafor', '2024-01-01', 'Riverside Hospitals', ['roles:', '  - role: lead', '    from: 2024-01-01', '    until: 2027-01-01']),
  'members/priya.md': person('Priya Shah', '2024-01-01', 'riverside  hospitals'),
  'members/tom.md': person('Tom Hughes', '2024-01-01', 'Northgate PCN', ['roles:', '  - role: co-chair', '    from: 2025-01-01']),
  'members/sam.md': person('Sam Patel', '2025-03-01', 'Age UK North Shire'),
  'members/lee.md': person('Lee Chan', '2026-01-01', 'Age UK North Shire'),
  'members/jo.md': person('Jo Bloggs', '2025-01-01', 'Patient partner', ['sector: public/patient']),
  'members/kim.md': person('Kim Lee', '2025-01-01', 'Carers Together', ['roles:', '  - role: patient-partner', '    from: 2025-01-01']),
  'members/ray.md': person('Ray Jones', '2026-02-01', 'County Council', ['profession: Public health consultant']),
  'members/old.md': person('Olive Dean', '2024-01-01', 'Gone Trust', ['left: 2026-01-01', 'roles:', '  - role: lead', '    from: 2024-01-01', '    until: 2025-12-31']),
  'members/pat.md': person('Pat Green', '2024-01-01', 'Westfield Community Trust', ['sector: community', 'left: 2025-07-01', 'roles:', '  - role: patient-partner', '    from: 2024-01-01', '    until: 2025-06-30']),
};

const ACTIONS = actionFiles({
  '2026-02-01-e1': { title: 'E1', status: 'agreed', proposed: '2026-02-01', decided: '2026-02-10', owners: ['amara', 'priya'] },
  '2026-03-01-e2': { title: 'E2', status: 'done', proposed: '2026-03-01', decided: '2026-03-05', owners: ['amara'], completed: '2026-06-01' },
  '2026-04-01-e3': { title: 'E3', status: 'in-progress', proposed: '2026-04-01', decided: '2026-04-05', owners: ['tom', 'sam'] },
  '2024-05-01-e4': { title: 'E4', status: 'in-progress', proposed: '2024-05-01', decided: '2024-05-10', owners: ['lee'] },
  '2024-01-10-e5': { title: 'E5', status: 'done', proposed: '2024-01-10', decided: '2024-01-20', owners: ['priya'], completed: '2024-06-01' },
  '2026-05-01-e6': { title: 'E6', status: 'proposed', proposed: '2026-05-01', owners: ['ghost'] },
  '2026-06-01-e7': { title: 'E7', status: 'proposed', proposed: '2026-06-01', owners: ['old'] },
});

const MEETINGS = meetingFiles({
  '2025-08-01-network': { date: '2025-08-01', attendees: ['kim', 'pat', 'amara'] },
  '2026-10-01-network': { date: '2026-10-01', attendees: ['jo', 'kim', 'amara'] },
});

const NETWORK = { ...MEMBERS, ...ACTIONS, ...MEETINGS };

describe('health indicators: inclusion', () => {
  describe('organisations-in-leadership-vs-membership', () => {
    it('divides the organisations among current leads by those among current members, counting only real organisations', async () => {
      // Jo's 'Patient partner' is a way of taking part, not an organisation (isRealOrganisation): 5 organisations, not 6.
      const m = await measure('organisations-in-leadership-vs-membership', NETWORK, DAY);
      assert.equal(m.value, 2 / 5);
      assert.equal(m.summary, 'Leads come from 2 of 5 organisations among members (40%): Riverside Hospitals and Northgate PCN. With 2 lead roles held, at most 2 of the 5 can lead at once.');
      // Two lead roles can bring in two organisations at most: that is the best the network can do, so it is healthy.
      assert.equal(m.achievable, 2 / 5);
      assert.deepEqual(evidenceOf(m), [
        'members/lee.md@organisation: Age UK North Shire: 2 members, no lead',
        'members/kim.md@organisation: Carers Together: 1 member, no lead',
        'members/ray.md@organisation: County Council: 1 member, no lead',
        'members/amara.md@organisation: Riverside Hospitals: led by Amara Okafor',
        'members/tom.md@organisation: Northgate PCN: led by Tom Hughes',
      ]);
      assert.equal(m.question, 'Leads come from 2 organisations of 5; Age UK North Shire (2 members), Carers Together (1 member) and County Council (1 member) have none: who from them could lead a piece of work?');
    });

    it('as of an earlier day counts the members and leads of that day', async () => {
      // On 2025-06-01 Olive still led for Gone Trust; Lee and Ray had not joined; Pat was still a member.
      const m = await measure('organisations-in-leadership-vs-membership', NETWORK, '2025-06-01');
      assert.equal(m.value, 3 / 6);
      assert.equal(m.summary, 'Leads come from 3 of 6 organisations among members (50%): Riverside Hospitals, Gone Trust and Northgate PCN. With 3 lead roles held, at most 3 of the 6 can lead at once.');
    });

    it('is unknown without organisations or without leads', async () => {
      const noOrganisations = await measure('organisations-in-leadership-vs-membership', { 'CHARTER.md': charterWith(), 'members/a.md': person('A', '2024-01-01', undefined) }, DAY);
      assert.equal(noOrganisations.value, undefined);
      assert.match(noOrganisations.summary, /No current member page names an organisation/);
      const noLeads = await measure('organisations-in-leadership-vs-membership', { 'CHARTER.md': charterWith(), 'members/a.md': person('A', '2024-01-01', 'X') }, DAY);
      assert.equal(noLeads.value, undefined);
      assert.equal(noLeads.summary, 'No current member holds a lead role on the day, so there is no leadership to compare with the 1 organisation among members.');
    });
  });

  describe('elephant-factor', () => {
    it('in a lead-organisation network, the host organisation doing half the work is its design: watch, and said so', async () => {
      // Riverside Hospitals (Amara, Priya) own 3 of 4 ownerships; Northgate (Tom) 1.
      const work = actionFiles({
        '2026-02-01-h1': { title: 'H1', status: 'agreed', proposed: '2026-02-01', decided: '2026-02-10', owners: ['amara', 'priya'] },
        '2026-04-01-h2': { title: 'H2', status: 'in-progress', proposed: '2026-04-01', decided: '2026-04-05', owners: ['amara', 'tom'] },
      });
      const network = (model: string): Record<string, string> => ({ ...MEMBERS, 'CHARTER.md': charterWith(['governance:', `  model: ${model}`, '  host: Riverside  hospitals']), ...work });
      const hosted = await measure('elephant-factor', network('lead-organisation'), DAY);
      assert.equal(hosted.value, 1);
      assert.match(hosted.byDesign ?? '', /^By design: in a lead-organisation network the host organisation \(Riverside  hospitals\) takes on much of the work/);
      const thresholds = builtInChecklist().items.find((item) => item.id === 'elephant-factor');
      assert.ok(thresholds?.type === 'indicator');
      assert.equal(judgeMeasurement(hosted, thresholds.indicator.thresholds), 'watch');
      // Shared governance, or an administrative organisation (which runs the network rather than doing its work): flagged.
      for (const model of ['shared', 'administrative-organisation']) {
        const flagged = await measure('elephant-factor', network(model), DAY);
        assert.equal(flagged.byDesign, undefined, model);
        assert.equal(judgeMeasurement(flagged, thresholds.indicator.thresholds), 'at-risk', model);
      }
    });

    it('is the fewest organisations owning half the ownerships of actions active in the year', async () => {
      // Riverside 3 (E1 twice, E2), Age UK 2 (E3, E4 still open), Gone Trust 1 (E7), Northgate 1 (E3); E5 is too old; the ghost owner has no page.
      const m = await measure('elephant-factor', NETWORK, DAY);
      assert.equal(m.value, 2);
      assert.equal(m.summary, '2 organisations (Riverside Hospitals and Age UK North Shire) hold 5 of 7 action ownerships (71%) on actions active in the last 12 months (1 ownership by owners with no organisation recorded, or who take part as partners rather than for an organisation, left out).');
      assert.deepEqual(evidenceOf(m), [
        'members/amara.md@organisation: Riverside Hospitals: 3 of 7 ownerships; Amara Okafor owns 2',
        'members/lee.md@organisation: Age UK North Shire: 2 of 7 ownerships; Lee Chan owns 1',
        'members/old.md@organisation: Gone Trust: 1 of 7 ownerships; Olive Dean owns 1',
        'members/tom.md@organisation: Northgate PCN: 1 of 7 ownerships; Tom Hughes owns 1',
      ]);
      assert.equal(m.question, 'Members of Riverside Hospitals and Age UK North Shire own 5 of the 7 action ownerships this year: who from other organisations could own or co-own the next actions?');
    });

    it('as of an earlier day takes the actions active then', async () => {
      // On 2026-03-15: E1 and E2 (Riverside, 3) and the open E4 (Age UK, 1).
      const m = await measure('elephant-factor', NETWORK, '2026-03-15', {}, DAY);
      assert.equal(m.value, 1);
      assert.equal(m.summary, '1 organisation (Riverside Hospitals) holds 3 of 4 action ownerships (75%) on actions active in the last 12 months.');
    });

    it('is unknown when no active action has an owner with an organisation', async () => {
      const m = await measure('elephant-factor', MEMBERS, DAY);
      assert.equal(m.value, undefined);
      assert.equal(m.summary, 'Cannot say which organisations do the work: no action active in the last 12 months has an owner.');
      const ghost = await measure('elephant-factor', { ...MEMBERS, ...actionFiles({ '2026-05-01-e6': { title: 'E6', status: 'proposed', proposed: '2026-05-01', owners: ['ghost'] } }) }, DAY);
      assert.equal(ghost.value, undefined);
      assert.match(ghost.summary, /none of the 1 ownership on actions active/);
    });
  });

  describe('patient-partners-involved', () => {
    it('counts current patient or public partners (by role or by sector) who took part in the year', async () => {
      // Jo by sector 'public/patient', Kim by role; Ray's 'Public health consultant' does not count; Pat has left.
      const m = await measure('patient-partners-involved', NETWORK, DAY);
      assert.equal(m.value, 2);
      assert.equal(m.summary, '2 patient or public partners took part in the last 12 months (Jo Bloggs and Kim Lee). Judged for a network of 8 current members rather than 20.');
      assert.deepEqual(evidenceOf(m), ['members/jo.md@sector: patient or public partner, last took part 2026-10-01', 'members/kim.md@roles.0: patient or public partner, last took part 2026-10-01']);
      assert.equal(m.question, 'Jo Bloggs and Kim Lee are the 2 patient or public partners taking part: could they own or co-own an action, and who else could join them?');
    });

    it('as of an earlier day: partners who had not yet taken part, or whose role had ended', async () => {
      // On 2025-09-01 Kim took part in August; Jo had not yet; Pat's role ended on 2025-06-30.
      const m = await measure('patient-partners-involved', NETWORK, '2025-09-01');
      assert.equal(m.value, 1);
      assert.equal(m.summary, '1 patient or public partner took part in the last 12 months (Kim Lee); 1 other has not taken part in that time. Judged for a network of 7 current members rather than 20.');
      assert.deepEqual(evidenceOf(m), ['members/kim.md@roles.0: patient or public partner, last took part 2025-08-01', 'members/jo.md@sector: patient or public partner, has not taken part yet']);
      const quiet = await measure('patient-partners-involved', NETWORK, '2026-09-01');
      assert.equal(quiet.value, 0);
      assert.equal(quiet.question, 'Kim Lee and Jo Bloggs are patient or public partners but have not taken part in the last 12 months: what would help them take part again?');
    });

    it('reads a whole sector, profession or organisation naming a partner, not one merely containing the word', async () => {
      const pages = { 'lay.md': ['profession: Lay member'], 'carer.md': ['sector: Carer'], 'ppi.md': ['sector: Patient and public involvement'], 'safety.md': ['profession: Patient safety lead'], 'ph.md': ['sector: Public health'] };
      const files = {
        'CHARTER.md': charterWith(),
        ...Object.fromEntries(Object.entries(pages).map(([file, extra]) => [`members/${file}`, person(file.replace('.md', ''), '2024-01-01', 'Somewhere', extra)])),
        ...meetingFiles({ '2026-10-01-network': { date: '2026-10-01', attendees: ['lay', 'carer', 'ppi', 'safety', 'ph'] } }),
      };
      const m = await measure('patient-partners-involved', files, DAY);
      assert.equal(m.value, 3);
      assert.deepEqual(evidenceOf(m).map((line) => line.split(':')[0]), ['members/carer.md@sector', 'members/lay.md@profession', 'members/ppi.md@sector']);
    });

    it('counts a patient-partner role up to and including its last day, not after', async () => {
      const role = (until: string): string[] => ['roles:', '  - role: patient-partner', '    from: 2025-01-01', `    until: ${until}`];
      const files = {
        'CHARTER.md': charterWith(),
        'members/lou.md': person('Lou Hart', '2024-01-01', 'Somewhere', role('2026-06-30')),
        'members/max.md': person('Max Reid', '2024-01-01', 'Somewhere', role(DAY)),
        ...meetingFiles({ '2026-10-01-network': { date: '2026-10-01', attendees: ['lou', 'max'] } }),
      };
      const m = await measure('patient-partners-involved', files, DAY);
      assert.equal(m.value, 1);
      assert.deepEqual(evidenceOf(m), ['members/max.md@roles.0: patient or public partner, last took part 2026-10-01']);
    });

    it('is 0 with no partner among the members, and unknown with no members', async () => {
      const none = await measure('patient-partners-involved', { 'CHARTER.md': charterWith(), 'members/ray.md': MEMBERS['members/ray.md'] ?? '' }, DAY);
      assert.equal(none.value, 0);
      assert.match(none.question, /No member is recorded as a patient or public partner/);
      assert.equal((await measure('patient-partners-involved', { 'CHARTER.md': charterWith() }, DAY)).value, undefined);
    });
  });
});

describe('health: affiliations over time', () => {
  // Priya moved from Riverside to Westgate Practice on 2026-01-01; her page's `organisation` says where she is now.
  const moved = person('Priya Shah', '2024-01-01', 'Westgate Practice', ['affiliations:', '  - organisation: Riverside Hospitals', '    from: 2024-01-01', '    until: 2025-12-31', '  - organisation: Westgate Practice', '    from: 2026-01-01']);
  const network = { ...NETWORK, 'members/priya.md': moved };

  it('as of a past date counts the employer of that day', async () => {
    // On 2025-06-01 Priya was at Riverside: the same 6 organisations as before her move.
    const m = await measure('organisations-in-leadership-vs-membership', network, '2025-06-01');
    assert.equal(m.value, 3 / 6);
  });

  it('as of today counts the new employer', async () => {
    const m = await measure('organisations-in-leadership-vs-membership', network, DAY);
    assert.equal(m.value, 2 / 6);
    assert.match(m.summary, /of 6 organisations among members/);
  });
});
