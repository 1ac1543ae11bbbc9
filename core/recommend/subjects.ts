/**
 * Which subject breakdowns are partial. An organisation of «Сведения ОО» (workbook.md §9) sends
 * counts without a roster, so without subjects: its figures are in a criterion's municipal value
 * but in none of the «в т.ч. <предмет>» rows. The outputs say so where the breakdown is shown (a
 * methodologist comparing the subject rows with the total must know why they do not add up), and
 * the municipal recommendation's subject sentence says whom its figures cover.
 */
import type { ComputeResult } from '../result';

/**
 * Criteria broken down by subject whose municipal value takes in an organisation of «Сведения ОО»:
 * such an organisation sends counts without subjects, so the breakdown covers the others only.
 */
export function partialSubjects(result: ComputeResult): Set<string> {
  const out = new Set<string>();
  const reported = result.organizations.filter((o) => o.reported).map((o) => o.name);
  if (reported.length === 0) return out;
  for (const r of result.criteria) {
    if (!r.bySubject || r.bySubject.length === 0) continue;
    if (reported.some((o) => (r.byOrganization[o]?.denominator ?? 0) > 0)) out.add(r.criterion.id);
  }
  return out;
}
