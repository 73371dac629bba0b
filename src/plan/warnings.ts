import type { IsoDate } from './dates.js';
import type { PlanDates } from './calendar.js';
import {
  leadTimeBasis,
  preparationStart,
  strongMoments,
  type LeadTimeBasis,
  type PlanItem,
} from './items.js';

/** Something in the plan that `today` makes late, as data: the interface words it. */
export type PlanWarning =
  | {
      readonly code: 'deadline-passed';
      readonly deadline: IsoDate;
    }
  | {
      readonly code: 'lead-time';
      readonly itemId: string;
      readonly title: string;
      readonly weeks: number;
      /** Where the lead time comes from (`leadTimeBasis`): the interface says which. */
      readonly basis: LeadTimeBasis;
      /** When the preparation should have started. */
      readonly start: IsoDate;
      /** The first strong moment it prepares. */
      readonly moment: IsoDate;
    };

/**
 * Warnings for `today` (passed in: the domain never reads the clock). The declaration deadline
 * has passed while the week is still to come or under way; an action's preparation
 * (its lead time before its first strong moment) should already have started, and that strong
 * moment is still ahead. Dates must be valid (see `validatePlanDates`).
 */
export function planWarnings(
  items: readonly PlanItem[],
  dates: PlanDates,
  today: IsoDate,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (dates.deadline < today && today <= dates.weekEnd)
    warnings.push({ code: 'deadline-passed', deadline: dates.deadline });
  for (const item of items) {
    const moment = strongMoments(item, dates)[0]!;
    const start = preparationStart(item, dates);
    if (start && start < today && today <= moment)
      warnings.push({
        code: 'lead-time',
        itemId: item.id,
        title: item.title,
        weeks: item.leadTimeWeeks,
        basis: leadTimeBasis(item),
        start,
        moment,
      });
  }
  return warnings;
}
