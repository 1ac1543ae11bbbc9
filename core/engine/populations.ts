/**
 * The populations of workbook.md §2 as condition trees, so a population is evaluated exactly like
 * a condition and its fields are known (a tab without the column gives "нет данных").
 */
import type { Expr, PopulationName } from '../criteria';
import { and, cmp, contains, not, startsWith, yes } from '../expr';

const ped = cmp('staffCategory', '=', 'педагогический');
const teachers = and(ped, startsWith('position', 'учитель'), not(startsWith('position', 'учитель логопед', 'учитель дефектолог')));

export const POPULATIONS: Readonly<Record<PopulationName, Expr>> = {
  all: { op: 'true' },
  ped,
  mgmt: cmp('staffCategory', '=', 'управленческий'),
  teachers,
  young: and(ped, cmp('age', '<', 35), cmp('experienceYears', '<=', 3)),
  mentors: and(ped, yes('isMentor')),
  offProfile: and(teachers, not(yes('profileMatch'))),
  addEd: and(ped, contains('position', 'дополнительного образования')),
  preschool: and(ped, cmp('orgType', '=', 'ДОО')),
  school: and(ped, cmp('orgType', '=', 'ОО')),
  lowResults: and(ped, yes('lowResults')),
  stem: and(teachers, contains('subject', 'математ', 'алгебр', 'геометр', 'физик', 'информат', 'хими', 'биолог')),
  diagnosed: and(ped, yes('diagRegional')),
};

/** Russian names of the populations, for sheets and recommendations. */
export const POPULATION_LABELS: Readonly<Record<PopulationName, string>> = {
  all: 'все работники',
  ped: 'педагогические работники',
  mgmt: 'управленческие кадры',
  teachers: 'учителя',
  young: 'молодые педагоги (до 35 лет, стаж до 3 лет)',
  mentors: 'педагоги-наставники',
  offProfile: 'учителя, работающие не по профилю образования',
  addEd: 'педагоги дополнительного образования',
  preschool: 'педагоги дошкольных организаций',
  school: 'педагоги общеобразовательных организаций',
  lowResults: 'педагоги школ с низкими результатами',
  stem: 'учителя математики, физики, информатики, химии и биологии',
  diagnosed: 'прошедшие региональную диагностику',
};
