import { group, text, type Data } from './fields';
import { organisationKeyOf } from './organisations';

/**
 * The charter's `governance.model`, after Provan & Kenis (2008): who steers
 * the network. In a shared network the members govern together and no one is
 * meant to be at the centre; in a lead-organisation network one member
 * organisation coordinates; in an administrative-organisation network a body
 * or team set up to run the network does. In the last two, coordination
 * running through the host (its organisation, or the network's coordinator)
 * is the design, not a failure of it. The one home for that reading: health's
 * centralisation and concentration checks ask it.
 */

export const GOVERNANCE_MODELS = ['shared', 'lead-organisation', 'administrative-organisation'] as const;
export type GovernanceModel = (typeof GOVERNANCE_MODELS)[number];

export function governanceModel(charter: Data): GovernanceModel | undefined {
  const model = text(group(charter, 'governance'), 'model');
  return (GOVERNANCE_MODELS as readonly string[]).includes(model ?? '') ? (model as GovernanceModel) : undefined;
}

/** True for the models in which coordination is meant to run through a host. */
export function coordinatedByHost(model: GovernanceModel | undefined): model is 'lead-organisation' | 'administrative-organisation' {
  return model === 'lead-organisation' || model === 'administrative-organisation';
}

/** "a lead-organisation network", "an administrative-organisation network". */
export function modelWords(model: GovernanceModel): string {
  return model === 'administrative-organisation' ? 'an administrative-organisation network' : model === 'lead-organisation' ? 'a lead-organisation network' : 'a network with shared governance';
}

/** The charter's `governance.host`, as organisations are compared (case and spacing aside); undefined when none is named. */
export function hostKey(charter: Data): string | undefined {
  return organisationKeyOf(text(group(charter, 'governance'), 'host'));
}

/** The charter's `governance.host` as written. */
export function hostName(charter: Data): string | undefined {
  return text(group(charter, 'governance'), 'host')?.trim() || undefined;
}
