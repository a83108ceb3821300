import assert from 'node:assert/strict';
import { isPartnerText, isRealOrganisation, organisationKeyOf, organisationOn, type Affiliation } from '../../../src/core/model/organisations';
import { ORGANISATION_NOT_GIVEN } from '../../../src/core/templates/plan';

describe('model: what counts as an organisation', () => {
  it('counts real organisations, compared case and spacing aside', () => {
    for (const name of ['NHS North East Coast Integrated Care Board', 'Age UK North Shire', 'Dales Carers Centre', 'Public Health Scotland', 'Patient Safety Collaborative']) assert.ok(isRealOrganisation(name), name);
    assert.equal(organisationKeyOf('  NHS  Trust '), 'nhs trust');
    assert.equal(organisationKeyOf('nhs trust'), 'nhs trust');
  });

  it('does not count placeholders, netgov’s own among them', () => {
    for (const text of [ORGANISATION_NOT_GIVEN, 'Not recorded', 'not known', 'Unknown', 'n/a', 'N/A', 'TBC', '-', '?', '', '   ', 'Independent', 'Retired', 'Self-employed', undefined]) {
      assert.equal(isRealOrganisation(text), false, String(text));
      assert.equal(organisationKeyOf(text), undefined, String(text));
    }
  });

  it('does not count a way of taking part: patient, carer, parent and public partners', () => {
    for (const text of ['Patient and carer partner', 'Patient partner', 'Parent partner', 'public/patient', 'Lay member', 'Carer', 'Carers', 'Service user representative', 'Expert by experience', 'patient-partner']) {
      assert.ok(isPartnerText(text), text);
      assert.equal(isRealOrganisation(text), false, text);
    }
    // Containing the word is not enough.
    for (const text of ['Public health', 'Patient safety lead', 'Family support worker', 'Carers Trust Tyneside']) assert.equal(isPartnerText(text), false, text);
  });
});

describe('model: a member\'s organisation on a day', () => {
  const member = (affiliations: Affiliation[]) => ({ organisation: 'North Shire Community Health', affiliations });

  it('is the affiliation that started last among those covering the day, the later written when two started together', () => {
    const moved = member([
      { organisation: 'Age UK North Shire', from: '2024-01-01', until: undefined },
      { organisation: 'Dales Carers Centre', from: '2025-06-01', until: undefined },
    ]);
    assert.equal(organisationOn(moved, '2026-01-01'), 'Dales Carers Centre');
    assert.equal(organisationOn(moved, '2025-01-01'), 'Age UK North Shire');
    const together = member([
      { organisation: 'Age UK North Shire', from: '2025-06-01', until: undefined },
      { organisation: 'Dales Carers Centre', from: '2025-06-01', until: undefined },
    ]);
    assert.equal(organisationOn(together, '2026-01-01'), 'Dales Carers Centre');
    const undated = member([
      { organisation: 'Age UK North Shire', from: undefined, until: undefined },
      { organisation: 'Dales Carers Centre', from: undefined, until: undefined },
    ]);
    assert.equal(organisationOn(undated, '2026-01-01'), 'Dales Carers Centre');
    assert.equal(organisationOn(member([]), '2026-01-01'), 'North Shire Community Health');
  });
});
