import assert from 'node:assert/strict';
import { declaredSeats } from '../../../src/core/model/charter-leadership';

describe('model: declaredSeats, network-wide and per area', () => {
  const charter = {
    seats: { 'co-chair': 2 },
    areas: [
      { id: 'falls', seats: { 'co-chair': 3, lead: 1.5, sponsor: 0 } },
      { title: 'An area with no id', seats: { 'co-chair': 4 } },
    ],
  };

  it('reads a network-wide role from the charter\'s own seats, not from an area\'s', () => {
    assert.equal(declaredSeats(charter, 'co-chair', undefined), 2);
    assert.equal(declaredSeats({ areas: [{ seats: { 'co-chair': 4 } }] }, 'co-chair', undefined), undefined);
  });

  it('reads a role in an area from that area\'s seats only', () => {
    assert.equal(declaredSeats(charter, 'co-chair', 'falls'), 3);
    assert.equal(declaredSeats(charter, 'co-chair', 'sepsis'), undefined);
  });

  it('takes no seats from a count that is not a whole number above 0', () => {
    assert.equal(declaredSeats(charter, 'lead', 'falls'), undefined);
    assert.equal(declaredSeats(charter, 'sponsor', 'falls'), undefined);
  });
});
