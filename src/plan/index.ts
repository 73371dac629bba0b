export {
  addDays,
  dayNumber,
  daysBetween,
  formatDate,
  fromDayNumber,
  isIsoDate,
  localDate,
  weekday,
  type IsoDate,
} from './dates.js';
export {
  DEFAULT_CALENDAR,
  PLAN_DATE_FIELDS,
  calendarMilestones,
  frenchMilestoneTitle,
  resolveDates,
  sortMilestones,
  suggestDates,
  type MilestoneTitle,
  type PlanDateField,
  type PlanDates,
  type PlanMilestone,
} from './calendar.js';
export {
  CHECKLIST_PHASES,
  DEFAULT_LEAD_TIME_WEEKS,
  checklistGuide,
  checklistProgress,
  emptyPlan,
  itemMilestones,
  itemPlan,
  leadTimeBasis,
  nextRentree,
  planItems,
  planTimeline,
  preparationStart,
  schoolYearStart,
  strongMoments,
  tickKey,
  type ChecklistPhase,
  type LeadTimeBasis,
  type PlanTiming,
  type PlanItem,
  type PlanItemKind,
} from './items.js';
export {
  DRAFT_AXES,
  DRAFT_FIELDS,
  draftValues,
  frenchObjective,
  newDraftId,
  prefillDraft,
  type DraftField,
  type DraftValues,
  type ObjectiveText,
} from './draft.js';
export {
  MAX_WEEK_DAYS,
  PLAN_FIELD_NAMES,
  planIssueMessage,
  validateDraft,
  validatePlanDates,
  type PlanIssue,
} from './validate.js';
export { planWarnings, type PlanWarning } from './warnings.js';
export { buildIcs, escapeText, foldLine, type IcsEvent, type IcsOptions } from './ics.js';
export { milestoneEvents, planCalendarFile } from './export.js';
export {
  keepDraftText,
  normalizeEntry,
  putEntry,
  removeDraft,
  saveDraft,
  setBilan,
  setPlanDate,
  setTick,
} from './transitions.js';
export {
  planDraftModel,
  planViewModel,
  resumedDraft,
  type PlanDraftInput,
  type PlanDraftModel,
  type PlanInput,
  type PlanRow,
  type PlanViewModel,
} from './view.js';
