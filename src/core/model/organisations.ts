/**
 * What counts as an organisation. A member page's `organisation` is free
 * text, and networks write many things there that are not an organisation:
 * a placeholder ("Not yet recorded", "Unknown", "n/a") or a way of taking part
 * ("Patient and carer partner", "Lay member", "Independent"). Counting those as
 * organisations makes every organisation share wrong: five patient partners
 * are not a sixth partner organisation. The one home for the test: health's
 * organisation shares, the elephant factor and the patient-partner check all
 * read it.
 */

/** Lower case, hyphens and underscores as spaces, spacing squeezed: how free text is compared. */
function normalised(value: string): string {
  return value.toLowerCase().replace(/[-_]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A whole value naming a patient, public or lay partner ("public/patient",
 * "Patient partner", "Patient and carer partner", "Parent partner", "lay member", "carer");
 * one merely containing the word ("public health", "patient safety lead") is not.
 */
const PARTNER_TEXT =
  /^(?:(?:patient|public|lay|carer|parent|family|service user)s?(?: ?(?:\/|and|or|&) ?(?:patient|public|carer|parent|family|service user)s?)?(?: (?:partner|representative|member|voice|contributor|involvement)s?)?|(?:expert by experience|experts by experience)(?: (?:partner|representative)s?)?)$/;

/** True when free text (a sector, profession or organisation) describes a patient, public or lay partner. */
export function isPartnerText(value: string | undefined): boolean {
  return value !== undefined && PARTNER_TEXT.test(normalised(value));
}

/** Placeholders written where an organisation would go: the organisation is not recorded. */
const PLACEHOLDER = /^(?:(?:not (?:yet )?(?:recorded|known|given|stated|applicable))|unknown|none|n ?\/ ?a|na|tbc|tbd|to be confirmed|\?+|\.+|-+)$/;

/** Ways of taking part written where an organisation would go: recorded, but not an organisation. */
const NOT_AN_ORGANISATION = /^(?:other|various|independent|self employed|individual|retired|volunteer)$/;

/**
 * True when no organisation is recorded: the field is absent or empty, or holds
 * a placeholder ("Not recorded", "Unknown", "N/A", "TBC", "-"). A way of taking
 * part ("Patient and carer partner", "Independent") is recorded, though it is
 * not an organisation either (isRealOrganisation). Health says how many members
 * have none, so that a network sees what its organisation figures leave out.
 */
export function isOrganisationMissing(value: string | undefined): boolean {
  if (value === undefined) return true;
  const text = normalised(value);
  return text === '' || PLACEHOLDER.test(text);
}

/** "3 members have no organisation recorded", or undefined when every member has one. Plain text. */
export function missingOrganisationWords(members: readonly { readonly organisation: string | undefined }[]): string | undefined {
  const missing = members.filter((member) => isOrganisationMissing(member.organisation)).length;
  if (missing === 0) return undefined;
  return `${missing} ${missing === 1 ? 'member has' : 'members have'} no organisation recorded`;
}

/**
 * True when an organisation field names a real organisation: not empty, not a
 * placeholder such as "Not recorded" or netgov's own "Not yet recorded", not
 * a patient or public partner ("Patient and carer partner"), not "Independent".
 */
export function isRealOrganisation(value: string | undefined): value is string {
  if (value === undefined) return false;
  const text = normalised(value);
  return text !== '' && !PLACEHOLDER.test(text) && !NOT_AN_ORGANISATION.test(text) && !isPartnerText(value);
}

/** How organisations are compared: case and spacing aside, "NHS  Trust" and "nhs trust" are one. Undefined for text that is not a real organisation. */
export function organisationKeyOf(value: string | undefined): string | undefined {
  return isRealOrganisation(value) ? value.trim().replace(/\s+/g, ' ').toLowerCase() : undefined;
}

/** One entry of a member page's `affiliations`: an organisation from one day until another (both included; open-ended without `until`). */
export interface Affiliation {
  readonly organisation: string;
  readonly from: string | undefined;
  readonly until: string | undefined;
}

/**
 * The organisation a member belonged to on a day: the `affiliations` entry
 * covering the day (the latest to start, when two do), else the simple
 * `organisation` field. The one home for a member's organisation as of a day:
 * every health figure about organisations reads it through the as-of facts.
 */
export function organisationOn(member: { readonly organisation: string | undefined; readonly affiliations: readonly Affiliation[] }, day: string): string | undefined {
  let found: Affiliation | undefined;
  for (const affiliation of member.affiliations) {
    if ((affiliation.from ?? '') > day || (affiliation.until !== undefined && affiliation.until < day)) continue;
    if (!found || (affiliation.from ?? '') >= (found.from ?? '')) found = affiliation;
  }
  return found?.organisation ?? member.organisation;
}
