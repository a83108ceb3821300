import type { NetworkDocument } from '../../../document';
import { addMonths } from '../../../model/fields';
import { formatDate } from '../../../views/dates';
import { notYetDue, numberParam, plural, unknown, type Evidence, type IndicatorDefinition, type Measurement } from '../../indicator';

/**
 * Whole months from the purpose's last review to the day. A purpose never
 * reviewed (or reviewed only after the day) has stood unexamined since the
 * network was established, so the charter's `established` is the start then;
 * until `months` have passed since then, the review is not yet due (unknown).
 */
export const purposeReviewedRecently: IndicatorDefinition = {
  name: 'purpose-reviewed-recently',
  dimension: 'purpose',
  what: 'Whole months from the purpose\'s `last_reviewed` date to the day. When no review is recorded on or before the day, whole months since the charter\'s `established` date instead. Not yet due (unknown) when there is no review and the network is younger than `months`. Unknown when there is no purpose document, or no review date and no establishment date on or before the day. `months` (12 by default) is how often the purpose should be reviewed, used in the wording.',
  why: 'Services, priorities and members change; a purpose nobody has looked at for a long time may no longer be shared.',
  source: 'Source4Networks (NHS England Sustainable Improvement Team), guidance on leading networks (revisiting shared purpose as a network moves from start-up to ongoing); Network Impact, Network Health Scorecard (purpose).',
  unit: 'months',
  params: { months: 12 },
  measure(context) {
    const { facts } = context;
    const purpose = facts.purpose;
    if (!purpose) return unknown('There is no purpose document to review.', 'What is this network for? Could members agree a purpose and review it each year?');
    const expected = numberParam(context, 'months', 12);
    const reviewed = facts.purposeRecord?.lastReviewed;
    if (reviewed !== undefined && reviewed <= facts.asOf) {
      const months = wholeMonths(reviewed, facts.asOf);
      return {
        value: months,
        summary: `The purpose was last reviewed on ${formatDate(reviewed)}, ${plural(months, 'month')} ago.`,
        evidence: [{ file: purpose.path, at: ['last_reviewed'], note: `last reviewed ${reviewed}, ${plural(months, 'month')} ago` }],
        question: months > expected ? `The purpose was last reviewed ${plural(months, 'month')} ago: could the next network meeting check it still says what members want to achieve?` : `The purpose was reviewed ${plural(months, 'month')} ago: is it still how members would describe what the network is for?`,
      };
    }
    return sinceEstablished(facts.charter, facts.charterRecord?.established, purpose.path, reviewed, facts.asOf, expected);
  },
};

function sinceEstablished(charter: NetworkDocument | undefined, established: string | undefined, purposePath: string, reviewed: string | undefined, asOf: string, expected: number): Measurement {
  const notYet = reviewed === undefined ? 'The purpose has no review date' : `The purpose's review on ${formatDate(reviewed)} is after ${formatDate(asOf)}`;
  if (!charter || established === undefined || established > asOf) {
    return unknown(`${notYet}, and the charter gives no date the network was established by ${formatDate(asOf)}.`, 'When did members last look at the purpose together? Could the date go in last_reviewed?');
  }
  const months = wholeMonths(established, asOf);
  // A network younger than the review interval has not yet missed a review: not yet due, not healthy.
  if (months < expected) {
    return notYetDue(`${notYet}; the network was established on ${formatDate(established)}, ${plural(months, 'month')} ago, and the first review is due by ${formatDate(addMonths(established, expected))}.`, 'When will members first review the purpose together, and who will put it on the agenda?');
  }
  const evidence: Evidence[] = [
    { file: purposePath, ...(reviewed === undefined ? {} : { at: ['last_reviewed'] }), note: reviewed === undefined ? 'no review date' : `reviewed ${reviewed}, after this day` },
    { file: charter.path, at: ['established'], note: `network established ${established}` },
  ];
  return {
    value: months,
    summary: `${notYet}, so this counts from when the network was established on ${formatDate(established)}: ${plural(months, 'month')}.`,
    evidence,
    question: `No review of the purpose is recorded in the ${plural(months, 'month')} since the network was established: could the next network meeting review it and record the date?`,
  };
}

/** Whole months from `from` to `to`: the most months that can be added to `from` without passing `to`. */
function wholeMonths(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  return addMonths(from, months) > to ? months - 1 : months;
}
