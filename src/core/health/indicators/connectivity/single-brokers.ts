import { plural, type IndicatorDefinition } from '../../indicator';
import { MAX_EVIDENCE, membersById, memberEvidence, namesOf, tiesUnmeasurable } from './graph-evidence';
import { hostCentreByDesign } from '../../by-design';

/**
 * The number of articulation points of the collaboration graph: members whose
 * leaving would cut some others off from the rest of their group. Evidence:
 * each of them with the members who depend on them (those cut off), most first.
 */
export const singleBrokers: IndicatorDefinition = {
  name: 'single-brokers',
  dimension: 'connectivity',
  what: 'The number of current members who are the only working tie between some members and the rest of the network (articulation points of the collaboration graph): without them, those members would be cut off.',
  why: 'If one person is the only link to part of the network, that part is cut off when they leave.',
  source: 'Plastrik & Taylor, Net Gains (connectivity that does not hang on a few people); CHAOSS, the Contributor Absence Factor metric (what breaks when a person leaves); articulation points as found by depth-first search, Tarjan (1972).',
  unit: 'people',
  adapts: 'In a lead-organisation or administrative-organisation network (the charter\'s governance.model), single links through the host\'s people or the network\'s coordinator are the design: watch at most, and the summary says so. In shared governance it is judged as written.',
  measure({ facts }) {
    const unmeasurable = tiesUnmeasurable(facts);
    if (unmeasurable) return unmeasurable;
    const byId = membersById(facts);
    const nameOf = (id: string): string => byId.get(id)?.name ?? id;
    const brokers = facts.metrics.brokers.filter((broker) => byId.has(broker.id));
    if (brokers.length === 0) {
      return {
        value: 0,
        summary: 'No member is the only link between other members and the rest of the network.',
        evidence: [],
        question: 'No part of the network hangs on one person: how will you keep it that way as members come and go?',
      };
    }
    const first = brokers[0]!;
    const byDesign = hostCentreByDesign(facts, brokers.map((broker) => byId.get(broker.id)!));
    return {
      value: brokers.length,
      ...(byDesign ? { byDesign } : {}),
      summary: `${plural(brokers.length, 'member')} ${brokers.length === 1 ? 'is' : 'are'} the only link between some members and the rest of the network: ${namesOf(brokers.map((broker) => nameOf(broker.id)))}.`,
      evidence: brokers.slice(0, MAX_EVIDENCE).map((broker) => memberEvidence(byId.get(broker.id)!, `only link for ${namesOf(broker.dependants.map(nameOf))}`)),
      question: `Only ${nameOf(first.id)} links ${namesOf(first.dependants.map(nameOf))} to the rest of the network: who else could build ties there?`,
    };
  },
};
