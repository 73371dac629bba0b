import {
  frenchMilestoneTitle,
  type MilestoneTitle,
  type PlanDates,
  type PlanMilestone,
} from './calendar.js';
import { buildIcs, type IcsEvent } from './ics.js';

/**
 * The timeline as calendar events. UIDs join the milestone's key and the year of the week, so a
 * second export of the same year's plan updates the events already imported instead of doubling
 * them, and next year's plan does not overwrite this one's.
 */
export function milestoneEvents(
  milestones: readonly PlanMilestone[],
  dates: PlanDates,
  title: MilestoneTitle = frenchMilestoneTitle,
): IcsEvent[] {
  const year = dates.weekStart.slice(0, 4);
  return milestones.map((milestone) => ({
    uid: `${milestone.key}-${year}@perseverance-scolaire`,
    start: milestone.start,
    end: milestone.end,
    summary: title(milestone),
    ...(milestone.description ? { description: milestone.description } : {}),
  }));
}

/** The plan's `.ics` file (see `buildIcs`). */
export function planCalendarFile(
  milestones: readonly PlanMilestone[],
  dates: PlanDates,
  options: { now: Date; name?: string; title?: MilestoneTitle },
): string {
  return buildIcs(milestoneEvents(milestones, dates, options.title), options);
}
