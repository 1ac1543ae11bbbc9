/**
 * The Russian words of the workbook contract (workbook.md): names of the sheets the program reads
 * and writes, their columns and rows, the values a cell may hold (да/нет, organisation types,
 * staff categories, qualification, contest levels) and the word stems the reader recognises. The
 * reader, the writer, the template and every host take these words from here, so what is written
 * reads back and a translated contract is one folder.
 */

/** Reserved sheets of workbook.md §1 and §4. */
export const SHEET = {
  organizations: 'Организации',
  municipality: 'Муниципалитет',
  settings: 'Настройки',
  catalogue: 'Настройка показателей',
  indicators: 'Показатели',
  recommendations: 'Рекомендации',
  problems: 'Проверка данных',
  history: 'История',
  summary: 'Сводка',
  measures: 'Мероприятия',
  orgReports: 'Сведения ОО',
  deficits: 'Дефициты',
} as const;

/** Yes and no as the program writes them. */
export const YES = 'да';
export const NO = 'нет';
/** Every spelling read as yes / no (workbook.md §1.2), lower case. */
export const YES_WORDS = ['да', 'д', 'yes', 'y', 'true', 'истина', '1', '+', 'v', '✓', '✔', 'x', 'х'];
export const NO_WORDS = ['нет', 'н', 'no', 'n', 'false', 'ложь', '0', '-', '–', '—'];
/** How a boolean cell is echoed in a message, as Russian Excel shows it. */
export const BOOLEAN_TEXT = { true: 'ИСТИНА', false: 'ЛОЖЬ' } as const;
/** A date cell that holds no real date, echoed in a message. */
export const INVALID_DATE_TEXT = 'недопустимая дата';
/** "15.03.1985", "15.03.1985 г.": day, month, year. */
export const RU_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s*г\.?)?$/;

/** Organisation types of `Организации` (workbook.md §3). */
export const ORG_TYPE = { preschool: 'ДОО', school: 'ОО', additional: 'УДО' } as const;
export type OrgType = (typeof ORG_TYPE)[keyof typeof ORG_TYPE];
/** In the order the template's drop-down offers them. */
export const ORG_TYPES: readonly OrgType[] = [ORG_TYPE.school, ORG_TYPE.preschool, ORG_TYPE.additional];
/** Normalised spellings of a type in the `Тип` column: exact words, then prefixes. */
export const ORG_TYPE_WORDS: readonly { type: OrgType; exact: readonly string[]; prefixes: readonly string[] }[] = [
  { type: 'ДОО', exact: ['доо', 'доу'], prefixes: ['дошкольн'] },
  { type: 'ОО', exact: ['оо', 'оу'], prefixes: ['общеобразовательн'] },
  { type: 'УДО', exact: ['удо', 'оудо'], prefixes: ['дополнительн', 'организация дополнительн'] },
];
/** Markers in a normalised tab name that make it a kindergarten or an additional-education centre. */
export const PRESCHOOL_MARKERS = [/детск\S* сад/, /(^| )д с( |$)/, /(^| )(доу|доо|мадоу|мбдоу|мкдоу|мдоу)( |$)/];
export const ADDITIONAL_MARKERS = [/(^| )(ддт|цдт|дюсш|сют|удо|цдо|дши|дмш|сдюсшор|доц)( |$)/, /дополнительного образования/, /(^| )(мау|мбу|мку|мбоу|мау) до( |$)/];
/** Why a tab got its inferred type, for the `Проверка данных` line. */
export const ORG_TYPE_REASON = {
  preschool: 'по словам «детский сад», «д/с», «ДОУ» или «ДОО» в названии',
  additional: 'по словам «ДДТ», «ЦДТ», «ДЮСШ», «СЮТ», «УДО» или «дополнительного образования» в названии',
  school: 'в названии нет признаков детского сада или организации дополнительного образования',
} as const;

/** Columns of `Организации`. */
export const ORG_COLUMN = { organization: 'Организация', type: 'Тип', typeAlt: 'Тип организации' } as const;
export const ORG_FLAG_TITLES = {
  lowResults: 'Школа с низкими результатами',
  internshipSite: 'Стажировочная площадка',
  mentoringModelAdopted: 'ЦМН внедрена',
  mentorIncentives: 'Стимулирование наставников закреплено',
} as const;
export const ORG_NUMBER_TITLES = { staffPlanned: 'Штатная численность', staffActual: 'Фактическая численность' } as const;

/** `Муниципалитет`: its two columns, its number rows and its yes/no rows (workbook.md §3). */
export const MUNICIPALITY_COLUMN = { name: 'Показатель', value: 'Значение' } as const;
export const MUNICIPAL_NUMBER_ROWS = ['Обучались по целевым договорам', 'Из них трудоустроены'];
export const MUNICIPAL_YES_NO_ROWS = [
  'Кураторы ИОМ',
  'МО по функциональной грамотности',
  'План развития кадрового потенциала',
  'Соглашение с колледжами и вузами',
  'Психолого-педагогические классы',
  'Договоры о целевом обучении',
  'Объединение наставников',
  'Сообщество молодых педагогов',
];

/** `Настройки`: its two columns and its parameters (workbook.md §5), with accepted short forms. */
export const SETTINGS_COLUMN = { name: 'Параметр', value: 'Значение' } as const;
export const SETTING = {
  presetId: 'Набор показателей',
  period: 'Отчётный период',
  referenceDate: 'Дата отсчёта',
  attentionThreshold: 'Порог зоны внимания, п.п.',
  minPeople: 'Минимум человек для вывода',
} as const;
export const SETTING_SHORT = { period: 'Период', attentionThreshold: 'Порог зоны внимания' } as const;

/** Staff categories (workbook.md §1.1) and how a cell or a position is recognised as one. */
export const STAFF = { ped: 'педагогический', mgmt: 'управленческий' } as const;
export type StaffCategory = (typeof STAFF)[keyof typeof STAFF];
export const STAFF_PED_WORDS = /^(пед|педагог|педагогическ|учител|воспитател)/;
export const STAFF_MGMT_WORDS = /^(упр|руковод|администрац|административн)/;
export const MANAGER_POSITION_WORDS = ['директор', 'заведующ', 'заместитель', 'начальник', 'руководитель структурного подразделения'];

/** Qualification categories and the stems that name each. */
export const QUALIFICATION = { highest: 'высшая', first: 'первая', conformity: 'СЗД', none: 'нет' } as const;
export type Qualification = (typeof QUALIFICATION)[keyof typeof QUALIFICATION];
export const QUALIFICATIONS: readonly Qualification[] = ['высшая', 'первая', 'СЗД', 'нет'];
export const QUALIFICATION_WORDS: readonly [RegExp, Qualification][] = [
  [/^(высш|вкк)/, 'высшая'],
  [/^(перв|1 ?кк|1 ?категор|1$)/, 'первая'],
  [/^(сзд|соответствие)/, 'СЗД'],
  [/^(нет|без|не имеет)/, 'нет'],
];

/** Contest levels in rising order (workbook.md §1.1); a criterion "level ≥ X" counts every higher one. */
export const CONTEST_LEVELS = ['нет', 'муниципальный', 'региональный', 'федеральный', 'призёр федерального'] as const;
/** Normalised answers meaning "did not take part", and the stems of each level from the top down. */
export const CONTEST_NONE_WORDS = ['нет', 'не участвовал', 'не участвовала'];
export const CONTEST_LEVEL_WORDS: readonly [RegExp, number][] = [
  [/(призер|победител|лауреат).*(федерал|всероссийск)/, 4],
  [/^(федерал|всероссийск|заключительн)/, 3],
  [/^(регион|областн|окружн|краев|республиканск)/, 2],
  [/^(муницип|городск|районн)/, 1],
];

/** A roster row whose ФИО starts with one of these words is a totals row (workbook.md §1.3). */
export const TOTALS_WORDS = ['итого', 'всего'];

/** The words of the populations of workbook.md §2. */
export const POSITION = {
  teacher: 'учитель',
  notTeachers: ['учитель логопед', 'учитель дефектолог'],
  additionalEducation: 'дополнительного образования',
} as const;
export const STEM_SUBJECTS = ['математ', 'алгебр', 'геометр', 'физик', 'информат', 'хими', 'биолог'];

/** `История`: its columns, and how the municipal total is named there and in recommendations. */
export const HISTORY_HEADER = [
  'Период',
  'Набор показателей',
  'Критерий',
  'Наименование',
  'Организация',
  'Числитель',
  'Знаменатель',
  'Значение',
  'Статус',
  'Целевое значение',
  'Источник',
] as const;
export const MUNICIPALITY_LABEL = 'Муниципалитет (итог)';

/** The template's example organisation tab. */
export const EXAMPLE_ORGANIZATION_TAB = 'Пример ОО';

/** Russian names of the populations of workbook.md §2, for sheets, conditions and recommendations. */
export const POPULATION_LABELS = {
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
  generalEd: 'педагогические работники системы общего образования (ДОО и ОО)',
  iomDone: 'завершившие обучение по ИОМ',
  withDeficit: 'прошедшие региональную диагностику, у которых выявлен дефицит',
} as const;
