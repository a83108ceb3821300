/**
 * Whether someone is a member on a day: from the day they joined, up to but not
 * including the day they left. One definition for every feature (health, the
 * collaboration graph, the Network view, pick lists, the number invited to a
 * temperature check), so they never disagree about who belongs. A page with no
 * join date counts as a member from the start: its missing date is the schema's to report.
 */
export function isMemberOn(joined: string | undefined, left: string | undefined, day: string): boolean {
  return (joined === undefined || joined <= day) && (left === undefined || left > day);
}
