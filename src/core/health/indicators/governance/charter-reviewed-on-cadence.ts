import { addMonths, date, group, number } from '../../../model/fields';
import { daysBetween, daysText, formatDate } from '../../../views/dates';
import { notYetDue, plural, unknown, type IndicatorDefinition } from '../../indicator';

/**
 * 1 when the charter's latest review (review.last_reviewed, or the network's
 * `established` date when it records no review) is within review.cadence
 * months of the day, 0.5 within one and a half cadences, else 0. Unknown with
 * no cadence, and when the only review recorded is after the day and the
 * charter is older than one cadence (the reviews before it are not recorded).
 */
export const charterReviewedOnCadence: IndicatorDefinition = {
  name: 'charter-reviewed-on-cadence',
  dimension: 'governance',
  what: "Whether the charter was reviewed within its own cadence ('review.cadence', in months): 1 when 'review.last_reviewed' falls within one cadence of the day, 0.5 within one and a half, 0 when later than that. With no review yet, counted from the date the network was established; not yet due (unknown) while that is within one cadence.",
  why: 'How the network governs itself should change as it grows; the charter says how often to review it.',
  source: 'Source4Networks, network maturity matrix (a network reviewing how it works over time); Provan & Kenis (2008), governance modes and when each fits; Scottish managed clinical network core principles (clear governance).',
  unit: 'index',
  measure({ facts }) {
    const charter = facts.charter;
    const review = group(charter?.data, 'review');
    const cadence = number(review, 'cadence');
    if (!charter || cadence === undefined || cadence < 1) return unknown('The charter does not say how often it is reviewed.', "How often should members look again at how the network is run? Could the charter say so in 'review.cadence'?");
    const lastReviewed = date(review, 'last_reviewed');
    const established = date(charter.data, 'established');
    const agreed = lastReviewed !== undefined && lastReviewed <= facts.asOf ? lastReviewed : established;
    if (agreed === undefined || agreed > facts.asOf) return unknown(`The charter records no review or agreement on or before ${formatDate(facts.asOf)}.`, 'When was the charter last agreed by members, and could the date go in review.last_reviewed?');
    // Days rather than months so that one and a half cadences of an odd number of months is exact.
    const cadenceDays = daysBetween(addMonths(facts.asOf, -cadence), facts.asOf);
    const age = daysBetween(agreed, facts.asOf);
    const reviewedLater = lastReviewed !== undefined && lastReviewed > facts.asOf;
    // A later review hides any earlier ones; only a charter still within its first cadence can be judged.
    if (reviewedLater && age > cadenceDays) return unknown(`The charter records only its latest review, on ${formatDate(lastReviewed)}, after ${formatDate(facts.asOf)}.`, 'When was the charter reviewed before its latest review? Keeping past review dates would show the history.');
    const reviewed = agreed === lastReviewed;
    // Never reviewed and younger than one cadence: the first review is not yet due, which says nothing good or bad.
    if (!reviewed && age <= cadenceDays) {
      return notYetDue(`the charter records no review; the network was established on ${formatDate(agreed)}, ${daysText(age)} ago, so its first review is due within ${plural(cadence, 'month')}, by ${formatDate(addMonths(agreed, cadence))}.`, 'Who will make sure members review the charter when it is due, and put the date in review.last_reviewed?');
    }
    const value = age <= cadenceDays ? 1 : age <= 1.5 * cadenceDays ? 0.5 : 0;
    // With no review recorded, `established` is when the network began, not a day members agreed this charter.
    const since = reviewed ? `The charter was last reviewed on ${formatDate(agreed)}` : `The charter records no review since the network was established on ${formatDate(agreed)}`;
    const summary = `${since}, ${daysText(age)} ago; it is due for review every ${cadence === 1 ? 'month' : `${cadence} months`}.`;
    const evidence = [{ file: charter.path, at: reviewed ? ['review', 'last_reviewed'] : ['review'], note: `${reviewed ? 'last reviewed' : 'established'} ${agreed}, review every ${cadence} months` }];
    // A charter never reviewed is within its first cadence only while not yet due (above), so a value of 1 is always a review.
    const question = value === 1 ? `The charter was reviewed ${daysText(age)} ago: is anything about how the network runs ready to change at the next review?` : `The charter's review every ${cadence} months is ${age - cadenceDays} days overdue: when could members review it, and who will lead the review?`;
    return { value, summary, evidence, question };
  },
};
