import { seatDeclarations } from '../model/charter-leadership';
import { defineDocumentRule } from './rule';
import { areaHistory } from '../model/areas';
import { heldOn, leadTermsOf, termKey } from './role-term-expired';

export const roleSeatVacant = defineDocumentRule({
  code: 'role.seat-vacant',
  defaultSeverity: 'warning',
  summary: 'A role the charter gives several seats has fewer holders than seats',
  explanation:
    'The charter says how many people hold a role at once (`seats: {co-chair: 2}` on the charter for network-wide roles, or on an area for its roles). When fewer members hold it today than it has seats, a seat is empty: the work it stands for has nobody answering for it. Find someone to take the seat on and record their term, or, if the network has agreed to run with fewer, lower the number of seats in the charter. An area the charter has retired (`retired:` on or before today) has no seats to fill, and the seats of an area renamed (`renamed_to:`) are the new area\'s.',
  example: '```yaml\n# CHARTER.md\nareas:\n  - id: falls-prevention\n    title: Falls prevention\n    seats:\n      lead: 3   # only two members hold a lead role for falls-prevention today\n```',
  kinds: ['charter'],
  check(document, context) {
    const terms = leadTermsOf(context.network);
    const areas = areaHistory(context.network);
    for (const seat of seatDeclarations(document.data)) {
      // An area retired by today has no seats to fill; an old id renamed to another area has its seats there.
      if (seat.area !== undefined && (areas.isRetired(seat.area, context.today) || areas.isRenamed(seat.area))) continue;
      const held = heldOn(terms.get(termKey(context.network, seat.role, seat.area)) ?? [], context.today).length;
      if (held >= seat.seats) continue;
      const what = seat.area !== undefined ? `${seat.role} role for ${seat.area}` : `${seat.role} role`;
      const empty = seat.seats - held;
      context.report(document.rangeOf(seat.path), `The ${what} has ${seat.seats} ${seat.seats === 1 ? 'seat' : 'seats'} and ${held} held today: ${empty} ${empty === 1 ? 'seat is' : 'seats are'} empty.`, { path: seat.path });
    }
  },
});
