/**
 * The workbook contract (spec/workbook.md §1–3) written out once more, by hand, for the test
 * generators: headers, accepted cell tokens, positions with the category the contract infers for
 * them. Deliberately not imported from core/, so the generators and the differential test are a
 * second reading of the contract rather than a copy of the code under test.
 */

export const YES_NO_HEADERS = {
  profileMatch: 'Образование соответствует профилю',
  externalPartTime: 'Внешний совместитель',
  diagFederal: 'Федеральная диагностика',
  diagRegional: 'Региональная диагностика',
  selfDiag: 'Самодиагностика',
  iomCenter: 'ИОМ ЦНППМ',
  ippr: 'ИППР',
  iomSupport: 'Адресная поддержка ИОМ',
  clubs: 'Проекты и клубы',
  sanatorium: 'Санаторно-курортное лечение',
  networkEvents: 'Сетевые методические мероприятия',
  leadsWorkshops: 'Проводит стажировки и мастер-классы',
  regionalExpert: 'Эксперт региональных комиссий',
  publishedMaterials: 'Тиражируемые методические разработки',
  regionalProjects: 'Сетевые проекты региона',
  methodAssociation: 'Участник методического объединения',
  retrained: 'Профессиональная переподготовка',
  stayedSinceGraduation: 'Работает в ОО с окончания обучения',
  hasMentor: 'Имеет наставника',
  isMentor: 'Наставник',
  youngAssociation: 'Ассоциация молодых педагогов',
  regionalMethodist: 'Сопровождение методистом регионального актива',
  addressSupport: 'Адресная поддержка',
  mentoringModel: 'Охвачен ЦМН',
  nsur: 'Охвачен НСУР',
  satisfied: 'Удовлетворённость методической службой',
  inReserve: 'Кадровый резерв',
  pk: 'ПК за период',
  pkRegistry: 'ПК по ФР ДПП',
  pkFgos: 'ПК ФГОС',
  pkDigital: 'ПК ЦОС',
  pkLiteracy: 'ПК функциональная грамотность',
  pkAssessment: 'ПК оценка качества',
  pkTalent: 'ПК одарённые дети',
  pkSubject: 'ПК предметные компетенции',
  pkInclusive: 'ПК инклюзия и ОВЗ',
  pkCareer: 'ПК профориентация',
  pkUpbringing: 'ПК воспитание',
  pkPreschool: 'ПК дошкольное образование',
  pkTech: 'ПК технологический суверенитет',
  pkQualityMgmt: 'ПК управление качеством',
  deficitSubject: 'Дефицит: предметные',
  deficitMethod: 'Дефицит: методические',
  deficitPsych: 'Дефицит: психолого-педагогические',
  deficitComm: 'Дефицит: коммуникативные',
  deficitDigital: 'Дефицит: цифровые',
  iomCompleted: 'ИОМ завершён',
  pupilGrowth: 'Положительная динамика результатов обучающихся',
} as const;

/** The five «Дефицит: …» columns (workbook.md §1.1), for the withDeficit population and «Дефициты». */
export const DEFICIT_COLUMN_KEYS = ['deficitSubject', 'deficitMethod', 'deficitPsych', 'deficitComm', 'deficitDigital'] as const satisfies readonly YesNoKey[];

export type YesNoKey = keyof typeof YES_NO_HEADERS;
export const YES_NO_KEYS = Object.keys(YES_NO_HEADERS) as YesNoKey[];

export const OTHER_HEADERS = {
  fio: 'ФИО',
  position: 'Должность',
  staffCategory: 'Категория работника',
  subject: 'Предмет',
  birthDate: 'Дата рождения',
  age: 'Возраст',
  experienceYears: 'Педагогический стаж',
  weeklyHours: 'Нагрузка, часов в неделю',
  qualification: 'Квалификационная категория',
  diagScore: 'Балл диагностики',
  contestLevel: 'Уровень конкурсов',
  mgmtScore: 'Оценка управленческих компетенций, %',
} as const;

export type OtherKey = keyof typeof OTHER_HEADERS;
export type ColumnKey = OtherKey | YesNoKey;
export const HEADERS: Readonly<Record<ColumnKey, string>> = { ...OTHER_HEADERS, ...YES_NO_HEADERS };

export type OrgType = 'ОО' | 'ДОО' | 'УДО';
export type Category = 'педагогический' | 'управленческий';

/** §1.2: every yes and no form, as written in the contract (lower case). */
export const YES_TOKENS = ['да', 'д', 'yes', 'y', 'true', 'истина', '1', '+', 'v', '✓', '✔', 'x', 'х'] as const;
export const NO_TOKENS = ['нет', 'н', 'no', 'n', 'false', 'ложь', '0', '-', '–', '—'] as const;

/** §1.1: contest levels in rising order; the index is the rank the differential table stores. */
export const CONTEST_LEVELS = ['нет', 'муниципальный', 'региональный', 'федеральный', 'призёр федерального'] as const;

export interface PositionDef {
  /** How the position is usually written. */
  readonly name: string;
  /** §1.1: the category inferred from the position when «Категория работника» is absent or empty. */
  readonly inferred: Category;
  /** Teaches a school subject (for generating a Предмет); not the contract's "teachers" test. */
  readonly teaches: boolean;
  readonly weight: number;
}

const p = (name: string, inferred: Category, teaches: boolean, weight: number): PositionDef => ({ name, inferred, teaches, weight });

/** Realistic positions, with the category the contract's rule gives (директор, заведующ, заместитель, начальник, руководитель структурного подразделения). */
export const POSITIONS: readonly PositionDef[] = [
  p('учитель', 'педагогический', true, 12),
  p('учитель начальных классов', 'педагогический', true, 3),
  p('учитель-логопед', 'педагогический', false, 3),
  p('учитель-дефектолог', 'педагогический', false, 2),
  p('воспитатель', 'педагогический', false, 6),
  p('старший воспитатель', 'педагогический', false, 1),
  p('педагог дополнительного образования', 'педагогический', false, 4),
  p('старший педагог дополнительного образования', 'педагогический', false, 1),
  p('педагог-психолог', 'педагогический', false, 2),
  p('социальный педагог', 'педагогический', false, 1),
  p('музыкальный руководитель', 'педагогический', false, 1),
  p('тренер-преподаватель', 'педагогический', false, 1),
  p('методист', 'педагогический', false, 1),
  p('педагог-организатор', 'педагогический', false, 1),
  // Contains «директор»: the contract infers управленческий when the category is not given.
  p('советник директора по воспитанию', 'управленческий', false, 1),
  p('директор', 'управленческий', false, 2),
  p('заместитель директора по УВР', 'управленческий', false, 3),
  p('заведующий', 'управленческий', false, 1),
  p('заведующая', 'управленческий', false, 1),
  p('заместитель заведующего по ВМР', 'управленческий', false, 1),
  p('руководитель структурного подразделения', 'управленческий', false, 1),
  p('начальник отдела', 'управленческий', false, 1),
];

export const SUBJECTS = [
  'математика', 'алгебра и геометрия', 'физика', 'информатика', 'химия', 'биология', 'математика, физика',
  'русский язык', 'литература', 'история', 'физическая культура', 'английский язык', 'начальные классы',
  'география', 'технология', 'музыка', 'ОБЗР',
] as const;

/** Organisation sheet headers of §3. */
export const ORGANIZATIONS_HEADER = [
  'Организация', 'Тип', 'Школа с низкими результатами', 'Стажировочная площадка', 'ЦМН внедрена',
  'Стимулирование наставников закреплено', 'Штатная численность', 'Фактическая численность',
] as const;

export const MUNICIPAL_YES_NO_ROWS = [
  'Кураторы ИОМ', 'МО по функциональной грамотности', 'План развития кадрового потенциала',
  'Соглашение с колледжами и вузами', 'Психолого-педагогические классы', 'Договоры о целевом обучении',
  'Объединение наставников', 'Сообщество молодых педагогов',
] as const;

/** The contract's forgiving normalisation (§1.1), written again for the tests. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
