/**
 * The populations of workbook.md §2 as condition trees, so a population is evaluated exactly like
 * a condition and its fields are known (a tab without the column gives "нет данных").
 */
import type { Expr, PopulationName } from '../criteria';
import { and, cmp, contains, not, or, startsWith, yes } from '../expr';
import { ORG_TYPE, POPULATION_LABELS as LABELS, POSITION, STAFF, STEM_SUBJECTS } from '../texts/ru/workbook';
import { DEFICIT_KEYS } from '../deficits/kinds';

const ped = cmp('staffCategory', '=', STAFF.ped);
const teachers = and(ped, startsWith('position', POSITION.teacher), not(startsWith('position', ...POSITION.notTeachers)));

export const POPULATIONS: Readonly<Record<PopulationName, Expr>> = {
  all: { op: 'true' },
  ped,
  mgmt: cmp('staffCategory', '=', STAFF.mgmt),
  teachers,
  young: and(ped, cmp('age', '<', 35), cmp('experienceYears', '<=', 3)),
  mentors: and(ped, yes('isMentor')),
  offProfile: and(teachers, not(yes('profileMatch'))),
  addEd: and(ped, contains('position', POSITION.additionalEducation)),
  preschool: and(ped, cmp('orgType', '=', ORG_TYPE.preschool)),
  school: and(ped, cmp('orgType', '=', ORG_TYPE.school)),
  lowResults: and(ped, yes('lowResults')),
  stem: and(teachers, contains('subject', ...STEM_SUBJECTS)),
  diagnosed: and(ped, yes('diagRegional')),
  generalEd: and(ped, or(cmp('orgType', '=', ORG_TYPE.preschool), cmp('orgType', '=', ORG_TYPE.school))),
  iomDone: and(ped, yes('iomCompleted')),
  withDeficit: and(ped, yes('diagRegional'), or(...DEFICIT_KEYS.map((k) => yes(k)))),
};

/** Russian names of the populations, for sheets and recommendations. */
export const POPULATION_LABELS: Readonly<Record<PopulationName, string>> = LABELS;
