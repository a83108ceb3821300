import { coordinatedByHost, governanceModel, hostKey, hostName, modelWords } from '../model/governance';
import { organisationKeyOf } from '../model/organisations';
import type { AsOfFacts, MemberFact } from './facts';

/**
 * Provan & Kenis (2008): in a lead-organisation or administrative-organisation
 * network, coordination is meant to run through the host. Ties centred on the
 * host's people, or on the network's coordinator, are then the design, not a
 * failure of it: the checks on centralisation and concentration say so and
 * stop at watch (Measurement.byDesign). In shared governance, and for anyone
 * else at the centre, they flag the concentration as usual.
 */

/** True for a member who coordinates for the host: from the host organisation, or holding a coordinator role on the day. */
export function coordinatesForHost(facts: AsOfFacts, member: MemberFact): boolean {
  const host = hostKey(facts.charter?.data);
  if (host !== undefined && organisationKeyOf(member.organisation) === host) return true;
  return facts.leadRolesHeld.some((role) => role.member === member.id && role.role === 'coordinator');
}

/**
 * The sentence saying the concentration is by design, when the network's
 * model means coordination runs through a host and every member at the centre
 * coordinates for it; undefined otherwise (the concentration is then a finding).
 */
export function hostCentreByDesign(facts: AsOfFacts, centre: readonly MemberFact[]): string | undefined {
  const model = governanceModel(facts.charter?.data);
  if (!coordinatedByHost(model) || centre.length === 0 || !centre.every((member) => coordinatesForHost(facts, member))) return undefined;
  const host = hostName(facts.charter?.data);
  const who = centre.length === 1 ? `${centre[0]!.name} coordinates` : 'those at the centre coordinate';
  return `By design: in ${modelWords(model)} coordination runs through the host${host ? ` (${host})` : ''}, and ${who} for it, so this is watched rather than flagged. Do members also work with each other directly?`;
}

/** The same for organisations: in a lead-organisation network, the host organisation doing much of the work is its design. */
export function hostOrganisationByDesign(facts: AsOfFacts, organisationKeys: readonly string[]): string | undefined {
  const model = governanceModel(facts.charter?.data);
  const host = hostKey(facts.charter?.data);
  if (model !== 'lead-organisation' || host === undefined || organisationKeys.length !== 1 || organisationKeys[0] !== host) return undefined;
  return `By design: in ${modelWords(model)} the host organisation (${hostName(facts.charter?.data) ?? host}) takes on much of the work, so this is watched rather than flagged. Do other organisations own work too?`;
}
