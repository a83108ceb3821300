import type { NetworkDocument } from '../document';
import { date, groupList, text } from '../model/fields';

/** Roles that lead part of the network, and so rotate: they are held for a limited term. */
export const LEAD_ROLES: ReadonlySet<string> = new Set(['lead', 'co-chair', 'coordinator']);

export interface RoleEntry {
  readonly index: number;
  readonly role: string;
  readonly area: string | undefined;
  readonly from: string | undefined;
  readonly until: string | undefined;
}

export function rolesOf(document: NetworkDocument): RoleEntry[] {
  return groupList(document.data, 'roles').flatMap(({ value, index }) => {
    const role = text(value, 'role');
    return role === undefined ? [] : [{ index, role, area: text(value, 'area'), from: date(value, 'from'), until: date(value, 'until') }];
  });
}

export function describeRole(role: RoleEntry): string {
  return role.area ? `${role.role} role for ${role.area}` : `${role.role} role`;
}
