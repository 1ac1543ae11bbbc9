/**
 * Builds the example workbook of a fictitious but realistic municipality (modelled on the figures
 * of the Alapaevsk 2024–2026 programme: about 757 staff, ВКК 17,8 %, 1КК 40 %, СЗД 20,3 %, ПК 72 %,
 * ФР ДПП 48 %, ИОМ 26 %, deficit 16,7 %, young teachers about 6 %), so that a methodologist can try
 * the program without their own data and so that the reader, the engine and the output are
 * exercised on the kind of mess real workbooks contain. It is a pure, deterministic function of
 * the seed (own PRNG, no Math.random, no clock); writing the .xlsx is write-xlsx.ts's job.
 *
 * Deliberate mess (each case on purpose; test/example/generate.test.ts checks every one):
 *  - yes/no forms differ by tab: «да/нет» (МАОУ СОШ №1, МАОУ СОШ №4, МАОУ «Гимназия»,
 *    МАДОУ «Детский сад №38», МАУ ДО ДЮСШ), «Да/Нет» (МАОУ СОШ №2, МАДОУ «Детский сад №7»),
 *    «+»/«-» (МАОУ СОШ №3), numbers 1/0 (МБОУ СОШ №5), «да»/empty (МКОУ ООШ №10), «+»/empty
 *    (МБДОУ ДС №2), booleans TRUE/FALSE (МАУ ДО «ДДТ»); about 1,5 % of the cells of the «да/нет»
 *    and «Да/Нет» tabs have a stray accepted form («Да», «ДА», «д», « да », «Нет», «Да », empty) as
 *    people type them;
 *  - МАОУ СОШ №2: a title row and an empty row above the header row;
 *  - МАОУ «Гимназия»: columns in another order, an unknown «№ п/п» first column and an unknown
 *    «Примечание» last column, header spellings «Нагрузка (часов в неделю)», «педагогический  стаж»
 *    (two spaces), «Удовлетворенность методической службой» and «ПК одаренные дети» (е for ё),
 *    «Должность » (trailing space), «КВАЛИФИКАЦИОННАЯ КАТЕГОРИЯ», «Оценка управленческих
 *    компетенций (%)»;
 *  - МБДОУ ДС №2: no «Категория работника» column (category inferred from the position);
 *  - МАДОУ «Детский сад №7»: no «Уровень конкурсов» column;
 *  - МКОУ ООШ №10 and МАУ ДО ДЮСШ: «Возраст» instead of «Дата рождения»;
 *  - totals rows at the end: «Итого» (МАОУ СОШ №1), «Итого:» (МКОУ ООШ №10), with counts in the
 *    yes/no columns;
 *  - МАОУ СОШ №3: one row with data but an empty ФИО, and one teacher with 60 hours a week
 *    (implausible);
 *  - МБОУ СОШ №5: one person entered twice;
 *  - part-timers in two tabs: an informatics teacher of МАОУ СОШ №1 is also a педагог
 *    дополнительного образования in МАУ ДО «ДДТ», a PE teacher of МАОУ «Гимназия» is also a
 *    тренер-преподаватель in МАУ ДО ДЮСШ (both «Внешний совместитель» = yes there);
 *  - unknown values in yes/no columns: «?» (МАОУ СОШ №1, Региональная диагностика), «не знаю»
 *    (МАОУ СОШ №4, ИОМ ЦНППМ), «в процессе» (МАДОУ «Детский сад №38», ПК за период),
 *    «уточняется» (МАУ ДО ДЮСШ, Наставник);
 *  - МАОУ СОШ №4: numbers as text with a decimal comma («27,5», «12») in the hours and experience
 *    columns.
 * A tab name cannot contain «/» in .xlsx, so the kindergarten is «МБДОУ ДС №2», not «МБДОУ д/с №2».
 * «Фактическая численность» in «Организации» equals the rows of the tab that are counted (without
 * the totals row, the row without ФИО and the duplicate).
 */
import { ROSTER_FIELDS, type FieldType, type RosterFieldKey } from '../fields';
import { CONTEST_LEVELS, type ContestLevel } from '../expr';

export type ExampleCell = string | number | boolean | Date | null;

export interface ExampleSheet {
  name: string;
  rows: ExampleCell[][];
}

export interface ExampleWorkbook {
  sheets: ExampleSheet[];
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; good enough for example data and fully reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let u = this.next() * total;
    for (const [item, w] of items) {
      u -= w;
      if (u < 0) return item;
    }
    return items[items.length - 1][0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

const clamp01 = (p: number): number => Math.max(0, Math.min(0.95, p));

// ---------------------------------------------------------------------------------------------
// The municipality

type OrgType = 'ОО' | 'ДОО' | 'УДО';
type Strength = 'weak' | 'normal' | 'strong';
type YesNoStyle = 'да/нет' | 'Да/Нет' | '+/-' | '+/пусто' | '1/0' | 'да/пусто' | 'TRUE/FALSE';
type StaffCategory = 'педагогический' | 'управленческий';
type Qualification = 'высшая' | 'первая' | 'СЗД' | 'нет';
type YesNoKey = Extract<(typeof ROSTER_FIELDS)[number], { readonly type: 'yesno' }>['key'];

interface TabQuirks {
  titleRows?: boolean;
  reordered?: boolean;
  noCategoryColumn?: boolean;
  noContestColumn?: boolean;
  ageColumn?: boolean;
  totalsRow?: string;
  emptyFioRow?: boolean;
  duplicateRow?: boolean;
  numbersAsText?: boolean;
  implausibleHours?: boolean;
  unknownCell?: { readonly key: YesNoKey; readonly value: string };
  /** One of this tab's workers is also on the staff of another organisation. */
  partTimerFrom?: { readonly org: string; readonly position: string; readonly subject?: string };
}

interface OrgSpec {
  readonly name: string;
  readonly type: OrgType;
  readonly staff: number;
  readonly strength: Strength;
  readonly lowResults: boolean;
  readonly internship: boolean;
  readonly mentoringModel: boolean;
  readonly mentorIncentives: boolean;
  /** Share of vacancies in the establishment (before the municipal total is adjusted). */
  readonly deficit: number;
  readonly style: YesNoStyle;
  readonly quirks: TabQuirks;
}

/** 374 in schools, 337 in kindergartens, 46 in additional education: 757, as in the programme. */
const ORGS: readonly OrgSpec[] = [
  { name: 'МАОУ СОШ №1', type: 'ОО', staff: 64, strength: 'normal', lowResults: false, internship: false, mentoringModel: true, mentorIncentives: true, deficit: 0.12, style: 'да/нет',
    quirks: { totalsRow: 'Итого', unknownCell: { key: 'diagRegional', value: '?' } } },
  { name: 'МАОУ СОШ №2', type: 'ОО', staff: 56, strength: 'normal', lowResults: false, internship: false, mentoringModel: true, mentorIncentives: false, deficit: 0.15, style: 'Да/Нет',
    quirks: { titleRows: true } },
  { name: 'МАОУ СОШ №3', type: 'ОО', staff: 50, strength: 'normal', lowResults: false, internship: false, mentoringModel: true, mentorIncentives: false, deficit: 0.17, style: '+/-',
    quirks: { emptyFioRow: true, implausibleHours: true } },
  { name: 'МАОУ СОШ №4', type: 'ОО', staff: 60, strength: 'normal', lowResults: false, internship: false, mentoringModel: true, mentorIncentives: true, deficit: 0.14, style: 'да/нет',
    quirks: { numbersAsText: true, unknownCell: { key: 'iomCenter', value: 'не знаю' } } },
  { name: 'МБОУ СОШ №5', type: 'ОО', staff: 52, strength: 'weak', lowResults: true, internship: false, mentoringModel: true, mentorIncentives: false, deficit: 0.24, style: '1/0',
    quirks: { duplicateRow: true } },
  { name: 'МАОУ «Гимназия»', type: 'ОО', staff: 68, strength: 'strong', lowResults: false, internship: true, mentoringModel: true, mentorIncentives: true, deficit: 0.07, style: 'да/нет',
    quirks: { reordered: true } },
  { name: 'МКОУ ООШ №10', type: 'ОО', staff: 24, strength: 'weak', lowResults: true, internship: false, mentoringModel: false, mentorIncentives: false, deficit: 0.3, style: 'да/пусто',
    quirks: { ageColumn: true, totalsRow: 'Итого:' } },
  { name: 'МАДОУ «Детский сад №7»', type: 'ДОО', staff: 120, strength: 'normal', lowResults: false, internship: false, mentoringModel: true, mentorIncentives: false, deficit: 0.16, style: 'Да/Нет',
    quirks: { noContestColumn: true } },
  { name: 'МАДОУ «Детский сад №38»', type: 'ДОО', staff: 118, strength: 'strong', lowResults: false, internship: true, mentoringModel: true, mentorIncentives: true, deficit: 0.11, style: 'да/нет',
    quirks: { unknownCell: { key: 'pk', value: 'в процессе' } } },
  { name: 'МБДОУ ДС №2', type: 'ДОО', staff: 99, strength: 'weak', lowResults: false, internship: false, mentoringModel: false, mentorIncentives: false, deficit: 0.26, style: '+/пусто',
    quirks: { noCategoryColumn: true } },
  { name: 'МАУ ДО «ДДТ»', type: 'УДО', staff: 28, strength: 'normal', lowResults: false, internship: false, mentoringModel: true, mentorIncentives: true, deficit: 0.18, style: 'TRUE/FALSE',
    quirks: { partTimerFrom: { org: 'МАОУ СОШ №1', position: 'педагог дополнительного образования', subject: 'информатика' } } },
  { name: 'МАУ ДО ДЮСШ', type: 'УДО', staff: 18, strength: 'weak', lowResults: false, internship: false, mentoringModel: false, mentorIncentives: false, deficit: 0.22, style: 'да/нет',
    quirks: { ageColumn: true, unknownCell: { key: 'isMentor', value: 'уточняется' }, partTimerFrom: { org: 'МАОУ «Гимназия»', position: 'тренер-преподаватель', subject: 'физическая культура' } } },
];

const MUNICIPAL_DEFICIT = 0.167;
const REFERENCE_DATE = new Date(Date.UTC(2024, 5, 1));
const REFERENCE_YEAR = 2024;

// ---------------------------------------------------------------------------------------------
// Names

const SURNAMES = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров',
  'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев',
  'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев',
  'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв',
  'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Антонов', 'Тарасов',
  'Жуков', 'Баранов', 'Филиппов', 'Комаров', 'Давыдов', 'Беляев', 'Герасимов', 'Богданов', 'Осипов', 'Сидоров',
  'Матвеев', 'Титов', 'Марков', 'Миронов', 'Крылов', 'Куликов', 'Карпов', 'Власов', 'Мельников', 'Денисов',
  'Гаврилов', 'Тихонов', 'Казаков', 'Афанасьев', 'Данилов', 'Савельев', 'Тимофеев', 'Фомин', 'Чернов', 'Абрамов',
  'Мартынов', 'Ефимов', 'Федотов', 'Щербаков', 'Назаров', 'Калинин', 'Исаев', 'Чернышёв', 'Быков', 'Маслов',
  'Родионов', 'Коновалов', 'Лазарев', 'Воронин', 'Климов', 'Филатов', 'Пономарёв', 'Голубев', 'Кудрявцев', 'Прохоров',
  'Наумов', 'Потапов', 'Журавлёв', 'Овчинников', 'Трофимов', 'Леонов', 'Соболев', 'Ермаков', 'Колесников', 'Гончаров',
  'Емельянов', 'Никифоров', 'Грачёв', 'Котов', 'Гришин', 'Ефремов', 'Архипов', 'Громов', 'Кириллов', 'Малышев',
  'Панов', 'Моисеев', 'Румянцев', 'Акимов', 'Кондратьев', 'Бирюков', 'Горбунов', 'Анисимов', 'Галкин', 'Лукьянов',
  'Вяткин', 'Пермяков', 'Южаков', 'Шестаков', 'Мокроусов', 'Бархатов', 'Зырянов', 'Костылев', 'Пупышев', 'Меньшиков',
  'Шмаков', 'Калугин', 'Худяков', 'Берсенёв', 'Ощепков', 'Пьянков', 'Ляпунов', 'Чусовитин', 'Хомутов', 'Букин',
  'Черных', 'Седых', 'Белых', 'Сосновских', 'Кравченко', 'Бондаренко', 'Шевченко', 'Островский', 'Покровский', 'Вишневский',
] as const;

const FEMALE_NAMES_OLDER = [
  'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Светлана', 'Ирина', 'Марина', 'Людмила', 'Галина', 'Надежда',
  'Юлия', 'Анна', 'Екатерина', 'Оксана', 'Любовь', 'Валентина', 'Вера', 'Лариса', 'Евгения', 'Нина',
  'Лидия', 'Жанна', 'Алла', 'Инна', 'Маргарита', 'Тамара', 'Римма', 'Елизавета',
] as const;
const FEMALE_NAMES_YOUNGER = [
  'Анастасия', 'Дарья', 'Ксения', 'Алина', 'Виктория', 'Полина', 'Кристина', 'Елизавета', 'Софья', 'Анна',
  'Мария', 'Екатерина', 'Алёна', 'Валерия', 'Юлия', 'Арина', 'Яна', 'Ангелина',
] as const;
const MALE_NAMES_OLDER = [
  'Александр', 'Сергей', 'Андрей', 'Алексей', 'Дмитрий', 'Владимир', 'Евгений', 'Николай', 'Игорь', 'Михаил',
  'Юрий', 'Олег', 'Виктор', 'Иван', 'Павел', 'Константин', 'Вячеслав', 'Геннадий', 'Анатолий', 'Валерий',
] as const;
const MALE_NAMES_YOUNGER = [
  'Артём', 'Максим', 'Денис', 'Роман', 'Антон', 'Илья', 'Кирилл', 'Никита', 'Даниил', 'Егор', 'Александр', 'Дмитрий',
] as const;
/** Male and female patronymic of the same father's name. */
const PATRONYMICS = [
  ['Александрович', 'Александровна'], ['Сергеевич', 'Сергеевна'], ['Андреевич', 'Андреевна'],
  ['Алексеевич', 'Алексеевна'], ['Дмитриевич', 'Дмитриевна'], ['Владимирович', 'Владимировна'],
  ['Евгеньевич', 'Евгеньевна'], ['Николаевич', 'Николаевна'], ['Игоревич', 'Игоревна'],
  ['Михайлович', 'Михайловна'], ['Юрьевич', 'Юрьевна'], ['Викторович', 'Викторовна'],
  ['Иванович', 'Ивановна'], ['Павлович', 'Павловна'], ['Петрович', 'Петровна'],
  ['Анатольевич', 'Анатольевна'], ['Валерьевич', 'Валерьевна'], ['Геннадьевич', 'Геннадьевна'],
  ['Васильевич', 'Васильевна'], ['Борисович', 'Борисовна'], ['Олегович', 'Олеговна'],
  ['Леонидович', 'Леонидовна'], ['Константинович', 'Константиновна'], ['Григорьевич', 'Григорьевна'],
  ['Фёдорович', 'Фёдоровна'], ['Степанович', 'Степановна'], ['Вячеславович', 'Вячеславовна'],
  ['Романович', 'Романовна'],
] as const;

function femaleSurname(male: string): string {
  if (male.endsWith('ский')) return male.slice(0, -4) + 'ская';
  if (male.endsWith('цкий')) return male.slice(0, -4) + 'цкая';
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return male + 'а';
  return male; // Черных, Кравченко: the same for both
}

class NameSource {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  next(female: boolean, age: number): string {
    for (;;) {
      const surname = this.rng.pick(SURNAMES);
      const young = age < 36;
      const first = female
        ? this.rng.pick(young && this.rng.chance(0.7) ? FEMALE_NAMES_YOUNGER : FEMALE_NAMES_OLDER)
        : this.rng.pick(young && this.rng.chance(0.7) ? MALE_NAMES_YOUNGER : MALE_NAMES_OLDER);
      const patronymic = this.rng.pick(PATRONYMICS)[female ? 1 : 0];
      const fio = `${female ? femaleSurname(surname) : surname} ${first} ${patronymic}`;
      if (!this.used.has(fio)) {
        this.used.add(fio);
        return fio;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Staff structure

interface Role {
  position: string;
  category: StaffCategory;
  subject: string | null;
}

const mgmt = (position: string): Role => ({ position, category: 'управленческий', subject: null });
const ped = (position: string, subject: string | null = null): Role => ({ position, category: 'педагогический', subject });
const times = (n: number, role: Role): Role[] => Array.from({ length: Math.max(0, n) }, () => ({ ...role }));

/** Share of school teachers per subject (whole-number weights). */
const SUBJECT_WEIGHTS: readonly (readonly [string, number])[] = [
  ['начальные классы', 24], ['русский язык и литература', 14], ['математика', 13], ['английский язык', 8],
  ['история и обществознание', 7], ['физическая культура', 6], ['биология', 4], ['физика', 4], ['химия', 3],
  ['информатика', 3], ['география', 3], ['технология', 3], ['музыка', 2], ['изобразительное искусство', 2],
  ['немецкий язык', 1],
];

const STEM = /математ|алгебр|геометр|физик|информат|хими|биолог/;

/** Subjects for n teachers by largest remainder, so every sizeable school has every subject. */
function subjectQuota(n: number, rng: Rng): string[] {
  const total = SUBJECT_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const exact = SUBJECT_WEIGHTS.map(([subject, w]) => ({ subject, q: (n * w) / total }));
  const counts = exact.map((e) => Math.floor(e.q));
  let left = n - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((e, i) => ({ i, r: e.q - Math.floor(e.q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i]++;
    left--;
  }
  const out: string[] = [];
  exact.forEach((e, i) => out.push(...Array.from({ length: counts[i] }, () => e.subject)));
  return rng.shuffle(out);
}

function schoolRoles(n: number, rng: Rng): Role[] {
  const roles: Role[] = [mgmt('директор'), mgmt('заместитель директора по УВР')];
  if (n >= 40) roles.push(mgmt('заместитель директора по УВР'));
  if (n >= 30) roles.push(mgmt('заместитель директора по ВР'));
  if (n >= 60) roles.push(mgmt('заместитель директора по научно-методической работе'));
  roles.push(ped('педагог-психолог'), ped('учитель-логопед'));
  if (n >= 30) roles.push(ped('социальный педагог'), ped('советник директора по воспитанию и взаимодействию с детскими общественными объединениями'));
  if (n >= 40) roles.push(ped('педагог-организатор'), ped('преподаватель-организатор ОБЗР'), ped('педагог дополнительного образования'));
  roles.push(ped('педагог дополнительного образования'));
  if (n >= 50) roles.push(ped('учитель-дефектолог'), ped('педагог-библиотекарь'));
  if (n >= 60) roles.push(ped('тьютор'));
  const subjects = subjectQuota(n - roles.length, rng);
  return [...roles, ...subjects.map((s) => ped('учитель', s))];
}

function kindergartenRoles(n: number): Role[] {
  const roles: Role[] = [mgmt('заведующий'), mgmt('заместитель заведующего по ВМР')];
  if (n >= 110) roles.push(mgmt('руководитель структурного подразделения'));
  roles.push(...times(Math.ceil(n / 60), ped('старший воспитатель')));
  roles.push(...times(Math.round(n / 22), ped('музыкальный руководитель')));
  roles.push(...times(Math.round(n / 45), ped('инструктор по физической культуре')));
  roles.push(...times(Math.round(n / 30), ped('учитель-логопед')));
  roles.push(...times(n >= 100 ? 2 : 1, ped('педагог-психолог')));
  roles.push(ped('учитель-дефектолог'));
  return [...roles, ...times(n - roles.length, ped('воспитатель'))];
}

function additionalRoles(n: number, sports: boolean): Role[] {
  if (sports) {
    const roles = [mgmt('директор'), mgmt('заместитель директора по спортивной работе'), ped('инструктор-методист')];
    return [...roles, ...times(n - roles.length, ped('тренер-преподаватель'))];
  }
  const roles = [
    mgmt('директор'), mgmt('заместитель директора по УВР'), ped('методист'), ped('методист'),
    ped('педагог-организатор'), ped('педагог-организатор'), ped('концертмейстер'),
  ];
  return [...roles, ...times(n - roles.length, ped('педагог дополнительного образования'))];
}

// ---------------------------------------------------------------------------------------------
// People

interface Person {
  fio: string;
  female: boolean;
  role: Role;
  birthDate: Date;
  age: number;
  experience: number;
  weeklyHours: number | null;
  qualification: Qualification;
  contest: ContestLevel;
  diagScore: number | null;
  mgmtScore: number | null;
  young: boolean;
  flags: Record<YesNoKey, boolean>;
  note: string | null;
}

const YESNO_KEYS: readonly YesNoKey[] = ROSTER_FIELDS.filter(
  (f): f is Extract<(typeof ROSTER_FIELDS)[number], { readonly type: 'yesno' }> => f.type === 'yesno',
).map((f) => f.key);

const FIELD_TYPE = new Map<RosterFieldKey, FieldType>(ROSTER_FIELDS.map((f) => [f.key, f.type]));

interface OrgProfile {
  spec: OrgSpec;
  /** Multiplier of every "development" rate (training, diagnostics, contests …). */
  mult: number;
  mentorRate: number;
  profileRate: number;
  partTimeRate: number;
  overloadRate: number;
}

function profileOf(spec: OrgSpec, rng: Rng): OrgProfile {
  const base = spec.strength === 'weak' ? 0.62 : spec.strength === 'strong' ? 1.28 : 1;
  const jitter = 0.92 + 0.16 * rng.float();
  const mentorRate = spec.strength === 'weak' ? 0.05 + 0.02 * rng.float() : spec.strength === 'strong' ? 0.13 + 0.02 * rng.float() : 0.08 + 0.04 * rng.float();
  const profileRate = spec.name.includes('ООШ') ? 0.6 : spec.strength === 'weak' ? 0.76 : spec.strength === 'strong' ? 0.94 : 0.84 + 0.06 * rng.float();
  const partTimeRate = spec.name.includes('ДЮСШ') ? 0.2 : spec.strength === 'weak' ? 0.11 : spec.strength === 'strong' ? 0.03 : 0.05;
  const overloadRate = spec.strength === 'weak' ? 0.45 : 0.31;
  return { spec, mult: base * jitter, mentorRate, profileRate, partTimeRate, overloadRate };
}

function femaleShare(role: Role, type: OrgType): number {
  if (type === 'ДОО') return 0.98;
  switch (role.subject) {
    case 'физическая культура': return 0.4;
    case 'технология': return 0.5;
    case 'информатика': return 0.6;
    case 'физика': return 0.65;
    default: break;
  }
  if (role.position === 'тренер-преподаватель') return 0.35;
  if (role.position === 'преподаватель-организатор ОБЗР') return 0.2;
  if (role.position === 'директор') return 0.7;
  return 0.9;
}

function weeklyHoursOf(role: Role, type: OrgType, p: OrgProfile, rng: Rng): number | null {
  const half = (h: number): number => (rng.chance(0.06) ? h + 0.5 : h);
  switch (role.position) {
    case 'учитель':
      return rng.chance(p.overloadRate)
        ? half(rng.pick([27, 27, 28, 28, 29, 30, 30, 31, 32, 33, 34, 36]))
        : half(rng.int(10, 26));
    case 'воспитатель':
      return rng.pick([36, 36, 36, 36, 36, 36, 18, 27, 39.6, 43.2]);
    case 'музыкальный руководитель': return rng.pick([24, 24, 12, 36]);
    case 'инструктор по физической культуре': return rng.pick([30, 30, 15]);
    case 'учитель-логопед':
    case 'учитель-дефектолог': return rng.pick([20, 20, 25, 10]);
    case 'педагог дополнительного образования': return type === 'ОО' ? rng.pick([9, 18, 4.5]) : rng.int(12, 30);
    case 'тренер-преподаватель': return rng.int(14, 30);
    case 'концертмейстер': return rng.pick([24, 18]);
    case 'преподаватель-организатор ОБЗР': return rng.pick([18, 24, 27]);
    case 'советник директора по воспитанию и взаимодействию с детскими общественными объединениями': return rng.pick([36, 18]);
    default: break;
  }
  if (role.category === 'управленческий') {
    if (type === 'ДОО') return null;
    if (type === 'УДО') return rng.pick([0, 0, 6]);
    return role.position === 'директор' ? rng.pick([0, 2, 4, 6]) : rng.pick([6, 8, 9, 10, 12]);
  }
  return rng.pick([36, 36, 18]);
}

/** `young`: under 35 with at most 3 years of experience (chosen by quota in buildOrg). */
function newPerson(role: Role, p: OrgProfile, rng: Rng, names: NameSource, young: boolean): Person {
  const type = p.spec.type;
  const isMgmt = role.category === 'управленческий';
  const teacher = role.position.startsWith('учитель') && !/логопед|дефектолог/.test(role.position);
  let age: number;
  let experience: number;
  if (young) {
    age = rng.int(22, 31);
    experience = Math.min(rng.int(0, 3), age - 21);
  } else {
    const [lo, hi] = rng.weighted<readonly [number, number]>(
      isMgmt
        ? [[[32, 44], 0.3], [[45, 54], 0.38], [[55, 64], 0.28], [[65, 70], 0.04]]
        : [[[27, 34], 0.1], [[35, 44], 0.24], [[45, 54], 0.3], [[55, 64], 0.28], [[65, 72], 0.08]],
    );
    age = rng.int(lo, hi);
    experience = Math.max(isMgmt ? 8 : 4, Math.min(age - 19, age - 22 - rng.int(0, 10)));
  }
  const female = rng.chance(femaleShare(role, type));
  const fio = names.next(female, age);
  // Born between 2 June (REFERENCE_YEAR - age - 1) and 1 June (REFERENCE_YEAR - age): aged `age` on the reference date.
  const birthDate = new Date(Date.UTC(REFERENCE_YEAR - age - 1, 5, 2 + rng.int(0, 364)));

  const m = p.mult;
  const dev = (base: number): boolean => rng.chance(clamp01(base * m));
  const flags = Object.fromEntries(YESNO_KEYS.map((k) => [k, false])) as Record<YesNoKey, boolean>;

  flags.profileMatch = rng.chance(teacher ? p.profileRate : 0.93);
  flags.externalPartTime = !isMgmt && rng.chance(p.partTimeRate);
  flags.retrained = flags.profileMatch ? rng.chance(0.12) : dev(0.45);
  flags.diagFederal = teacher && dev(0.3);
  flags.diagRegional = dev(isMgmt ? 0.3 : 0.4);
  flags.selfDiag = dev(0.55);
  flags.iomCenter = isMgmt ? dev(0.2) : flags.diagRegional ? dev(0.6) : rng.chance(0.03);
  flags.ippr = dev(0.35);
  flags.iomSupport = flags.iomCenter ? dev(0.5) : dev(0.08);
  flags.clubs = dev(0.45);
  flags.sanatorium = rng.chance(0.08);
  flags.networkEvents = dev(0.5);
  flags.leadsWorkshops = experience >= 5 && dev(0.16);
  flags.regionalExpert = experience >= 10 && dev(0.06);
  flags.publishedMaterials = dev(0.1);
  flags.regionalProjects = dev(0.12);
  flags.methodAssociation = dev(0.7);
  flags.stayedSinceGraduation = young ? rng.chance(0.7) : rng.chance(0.22);
  flags.hasMentor = young ? rng.chance(p.spec.mentoringModel ? 0.85 : 0.6) : !isMgmt && experience <= 5 && rng.chance(0.1);
  flags.isMentor = !isMgmt && !young && experience >= 5 && rng.chance(p.mentorRate); // final choice by quota in buildOrg
  flags.youngAssociation = young && dev(0.4);
  flags.regionalMethodist = young ? dev(0.15) : rng.chance(0.02);
  flags.addressSupport = young ? dev(0.7) : dev(0.2);
  flags.mentoringModel = p.spec.mentoringModel && rng.chance(young ? 0.8 : flags.isMentor ? 0.9 : flags.hasMentor ? 0.8 : 0.04);
  flags.nsur = dev(0.35);
  flags.satisfied = rng.chance(p.spec.strength === 'weak' ? 0.6 : p.spec.strength === 'strong' ? 0.86 : 0.78);
  flags.inReserve = !isMgmt && experience >= 5 && rng.chance(0.04);

  flags.pk = dev(isMgmt ? 0.85 : 0.74);
  if (flags.pk) {
    flags.pkRegistry = dev(isMgmt ? 0.68 : 0.67);
    flags.pkFgos = type === 'ОО' && rng.chance(0.55);
    flags.pkDigital = rng.chance(0.3);
    flags.pkLiteracy = type === 'ОО' && rng.chance(teacher ? 0.45 : 0.15);
    flags.pkAssessment = rng.chance(type === 'ОО' ? 0.2 : 0.1);
    flags.pkTalent = rng.chance(0.15);
    flags.pkSubject = rng.chance(teacher ? 0.5 : 0.1);
    flags.pkInclusive = rng.chance(0.25);
    flags.pkCareer = rng.chance(type === 'ОО' ? 0.15 : 0.03);
    flags.pkUpbringing = rng.chance(0.3);
    flags.pkPreschool = type === 'ДОО' && rng.chance(0.6);
  }
  flags.pkTech = teacher && role.subject !== null && STEM.test(role.subject) && dev(0.35);
  flags.pkQualityMgmt = isMgmt && dev(0.45);

  const c = rng.float();
  const boost = flags.isMentor ? 1.5 : young ? 1.25 : 1;
  const contest: ContestLevel =
    c < 0.005 * m * boost ? CONTEST_LEVELS[4]
    : c < 0.02 * m * boost ? CONTEST_LEVELS[3]
    : c < 0.085 * m * boost ? CONTEST_LEVELS[2]
    : c < 0.28 * m * boost ? CONTEST_LEVELS[1]
    : CONTEST_LEVELS[0];

  const shift = p.spec.strength === 'strong' ? 0.08 : p.spec.strength === 'weak' ? -0.08 : 0;
  const qualification: Qualification = young
    ? rng.weighted<Qualification>([['нет', 0.85], ['первая', 0.15]])
    : rng.weighted<Qualification>([['высшая', 0.21 + shift], ['первая', 0.42], ['СЗД', 0.21], ['нет', 0.16 - shift]]);

  const avg3 = (rng.float() + rng.float() + rng.float()) / 3;
  const diagScore = flags.diagRegional ? Math.round(Math.max(20, Math.min(100, 35 + 60 * avg3 + shift * 40))) : null;
  const mgmtScore = isMgmt ? Math.round(Math.max(30, Math.min(100, 45 + 50 * (rng.float() + rng.float()) / 2 + shift * 60))) : null;

  return {
    fio, female, role, birthDate, age, experience,
    weeklyHours: weeklyHoursOf(role, type, p, rng),
    qualification, contest, diagScore, mgmtScore, young, flags,
    note: young ? 'молодой специалист' : null,
  };
}

/** Alphabetical order without locale data (ё sorts as е), managers first. */
function rosterOrder(a: Person, b: Person): number {
  if (a.role.category !== b.role.category) return a.role.category === 'управленческий' ? -1 : 1;
  const ka = a.fio.toLowerCase().replace(/ё/g, 'е');
  const kb = b.fio.toLowerCase().replace(/ё/g, 'е');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Rendering a tab

type ColumnKey = RosterFieldKey | 'rowNumber' | 'note';

interface Column {
  key: ColumnKey;
  header: string;
}

const HEADER_VARIANTS: Partial<Record<RosterFieldKey, string>> = {
  position: 'Должность ',
  weeklyHours: 'Нагрузка (часов в неделю)',
  experienceYears: 'педагогический  стаж',
  satisfied: 'Удовлетворенность методической службой',
  pkTalent: 'ПК одаренные дети',
  qualification: 'КВАЛИФИКАЦИОННАЯ КАТЕГОРИЯ',
  mgmtScore: 'Оценка управленческих компетенций (%)',
};

const LATER_COLUMNS: readonly RosterFieldKey[] = ['deficitSubject', 'deficitMethod', 'deficitPsych', 'deficitComm', 'deficitDigital', 'iomCompleted', 'pupilGrowth'];

function columnsOf(q: TabQuirks): Column[] {
  // The deficit and pupils' results columns (issue 18) are left out: the example stays the
  // workbook it was, which the tests use as «a workbook without the new columns».
  const drop = new Set<RosterFieldKey>([q.ageColumn ? 'birthDate' : 'age', ...LATER_COLUMNS]);
  if (q.noCategoryColumn) drop.add('staffCategory');
  if (q.noContestColumn) drop.add('contestLevel');
  const standard: Column[] = ROSTER_FIELDS.filter((f) => !drop.has(f.key)).map((f) => ({ key: f.key, header: f.header }));
  if (!q.reordered) return standard;
  // Personal data first as a secretary would lay it out, then the rest in reverse order.
  const first: RosterFieldKey[] = ['fio', 'position', 'staffCategory', 'qualification', 'subject', 'experienceYears', 'birthDate', 'age', 'weeklyHours'];
  const head = first.flatMap((k) => standard.filter((c) => c.key === k));
  const rest = standard.filter((c) => !first.includes(c.key as RosterFieldKey)).reverse();
  const withVariants = [...head, ...rest].map((c) => ({ key: c.key, header: HEADER_VARIANTS[c.key as RosterFieldKey] ?? c.header }));
  return [{ key: 'rowNumber', header: '№ п/п' }, ...withVariants, { key: 'note', header: 'Примечание' }];
}

function yesNoCell(value: boolean, style: YesNoStyle, rng: Rng): ExampleCell {
  switch (style) {
    case 'да/нет':
      if (rng.chance(0.015)) return value ? rng.pick(['Да', 'ДА', 'д', ' да ']) : rng.pick(['Нет', null]);
      return value ? 'да' : 'нет';
    case 'Да/Нет':
      if (rng.chance(0.015)) return value ? rng.pick(['да', 'Да ']) : rng.pick(['нет', null]);
      return value ? 'Да' : 'Нет';
    case '+/-': return value ? '+' : '-';
    case '+/пусто': return value ? '+' : null;
    case '1/0': return value ? 1 : 0;
    case 'да/пусто': return value ? 'да' : null;
    case 'TRUE/FALSE': return value;
  }
}

const ruNumber = (n: number): string => String(n).replace('.', ',');

function cellOf(person: Person, column: Column, index: number, spec: OrgSpec, rng: Rng): ExampleCell {
  const asText = spec.quirks.numbersAsText === true;
  switch (column.key) {
    case 'rowNumber': return index + 1;
    case 'note': return person.note;
    case 'fio': return person.fio;
    case 'position': return person.role.position;
    case 'staffCategory': return person.role.category;
    case 'subject': return person.role.subject;
    case 'birthDate': return person.birthDate;
    case 'age': return person.age;
    case 'experienceYears': return asText ? ruNumber(person.experience) : person.experience;
    case 'weeklyHours': return person.weeklyHours === null ? null : asText ? ruNumber(person.weeklyHours) : person.weeklyHours;
    case 'qualification': return person.qualification;
    case 'contestLevel': return person.contest;
    case 'diagScore': return person.diagScore;
    case 'mgmtScore': return person.mgmtScore;
    default: break;
  }
  const type = FIELD_TYPE.get(column.key);
  if (type === 'yesno') return yesNoCell(person.flags[column.key as YesNoKey], spec.style, rng);
  return null; // a column added to the contract later: left empty in the example
}

function totalsRow(label: string, persons: readonly Person[], columns: readonly Column[]): ExampleCell[] {
  return columns.map((c): ExampleCell => {
    if (c.key === 'fio') return label;
    if (c.key === 'weeklyHours') return persons.reduce((s, p) => s + (p.weeklyHours ?? 0), 0);
    if (FIELD_TYPE.get(c.key as RosterFieldKey) === 'yesno') return persons.filter((p) => p.flags[c.key as YesNoKey]).length;
    return null;
  });
}

interface BuiltOrg {
  spec: OrgSpec;
  persons: Person[];
  sheet: ExampleSheet;
}

function buildOrg(spec: OrgSpec, rng: Rng, names: NameSource, built: readonly BuiltOrg[]): BuiltOrg {
  const profile = profileOf(spec, rng);
  const roles =
    spec.type === 'ОО' ? schoolRoles(spec.staff, rng)
    : spec.type === 'ДОО' ? kindergartenRoles(spec.staff)
    : additionalRoles(spec.staff, spec.name.includes('ДЮСШ'));
  const q = spec.quirks;
  // Young teachers by quota: about 6 % of the pedagogical staff (5,6 % in the programme).
  const pedSlots = roles.map((r, i) => (r.category === 'педагогический' ? i : -1)).filter((i) => i >= 0);
  const youngSlots = new Set(rng.shuffle(pedSlots).slice(0, Math.round(0.06 * pedSlots.length)));
  const persons = roles.map((r, i) => newPerson(r, profile, rng, names, youngSlots.has(i)));
  // Mentors by quota rather than by chance, so each organisation's share is what its profile says.
  const eligible = persons.filter((p) => p.role.category === 'педагогический' && !p.young && p.experience >= 5);
  const pedCount = persons.filter((p) => p.role.category === 'педагогический').length;
  for (const p of eligible) p.flags.isMentor = false;
  for (const p of rng.shuffle([...eligible]).slice(0, Math.round(profile.mentorRate * pedCount))) {
    p.flags.isMentor = true;
    p.flags.mentoringModel = spec.mentoringModel && rng.chance(0.9);
  }
  // Teachers working outside their field of education, also by quota (a small school clearly above 30 %).
  const teachers = persons.filter((p) => p.role.position === 'учитель');
  const offProfile = new Set(rng.shuffle([...teachers]).slice(0, Math.round((1 - profile.profileRate) * teachers.length)));
  for (const p of teachers) {
    p.flags.profileMatch = !offProfile.has(p);
    p.flags.retrained = p.flags.profileMatch ? rng.chance(0.12) : rng.chance(clamp01(0.45 * profile.mult));
  }

  if (q.partTimerFrom) {
    const from = q.partTimerFrom;
    const source = built.find((b) => b.spec.name === from.org);
    if (!source) throw new Error(`example: ${from.org} must come before ${spec.name}`);
    const teachers = source.persons.filter((p) => p.role.position === 'учитель' && !p.young && !p.flags.externalPartTime);
    const original = teachers.find((p) => from.subject === undefined || p.role.subject === from.subject) ?? teachers[0];
    const slot = persons.map((p) => p.role.position).lastIndexOf(from.position);
    persons[slot] = {
      ...original,
      role: ped(from.position),
      weeklyHours: rng.pick([6, 8, 9]),
      flags: { ...original.flags, externalPartTime: true, isMentor: false, inReserve: false, mentoringModel: false },
      note: `внешний совместитель, основное место — ${from.org}`,
    };
  }
  if (q.implausibleHours) {
    const t = persons.find((p) => p.role.position === 'учитель');
    if (t) t.weeklyHours = 60;
  }
  if (q.numbersAsText) {
    const t = persons.find((p) => p.role.position === 'учитель' && p.weeklyHours !== null);
    if (t) t.weeklyHours = 27.5;
  }
  persons.sort(rosterOrder);

  const columns = columnsOf(q);
  const rows: ExampleCell[][] = persons.map((p, i) => columns.map((c) => cellOf(p, c, i, spec, rng)));

  if (q.unknownCell) {
    const col = columns.findIndex((c) => c.key === q.unknownCell?.key);
    const pedRows = persons.map((p, i) => (p.role.category === 'педагогический' ? i : -1)).filter((i) => i >= 0);
    rows[pedRows[Math.min(3, pedRows.length - 1)]][col] = q.unknownCell.value;
  }
  if (q.duplicateRow) {
    const at = Math.min(10, rows.length - 1);
    rows.splice(Math.min(at + 7, rows.length), 0, [...rows[at]]);
  }
  if (q.emptyFioRow) {
    const extra = newPerson(ped('учитель', 'математика'), profile, rng, names, false);
    const row = columns.map((c) => cellOf(extra, c, 0, spec, rng));
    row[columns.findIndex((c) => c.key === 'fio')] = null;
    rows.splice(Math.floor(rows.length / 2), 0, row);
  }
  if (q.reordered) rows.forEach((r, i) => (r[0] = i + 1)); // keep № п/п consecutive after insertions
  if (q.totalsRow) rows.push(totalsRow(q.totalsRow, persons, columns));

  const header = columns.map((c) => c.header);
  const top: ExampleCell[][] = q.titleRows
    ? [[`Сведения о педагогических и руководящих работниках ${spec.name} по состоянию на 01.06.2024`], []]
    : [];
  return { spec, persons, sheet: { name: spec.name, rows: [...top, header, ...rows] } };
}

// ---------------------------------------------------------------------------------------------
// Organisation-level and municipal sheets

/** Establishment sizes whose sum makes the municipal deficit 16,7 %, each near its own rate. */
function establishment(orgs: readonly BuiltOrg[], rng: Rng): number[] {
  const actual = orgs.map((o) => o.persons.length);
  const staffing = orgs.map((o, i) => Math.round(actual[i] / (1 - Math.max(0, o.spec.deficit + (rng.float() - 0.5) * 0.03))));
  const target = Math.round(actual.reduce((s, n) => s + n, 0) / (1 - MUNICIPAL_DEFICIT));
  let diff = target - staffing.reduce((s, n) => s + n, 0);
  const bySize = orgs.map((_, i) => i).sort((a, b) => actual[b] - actual[a]);
  for (let k = 0; diff !== 0; k++) {
    const i = bySize[k % bySize.length];
    const step = diff > 0 ? 1 : -1;
    if (staffing[i] + step >= actual[i]) {
      staffing[i] += step;
      diff -= step;
    }
  }
  return staffing;
}

const yn = (v: boolean): string => (v ? 'да' : 'нет');

function organisationsSheet(orgs: readonly BuiltOrg[], rng: Rng): ExampleSheet {
  const staffing = establishment(orgs, rng);
  return {
    name: 'Организации',
    rows: [
      ['Организация', 'Тип', 'Школа с низкими результатами', 'Стажировочная площадка', 'ЦМН внедрена',
        'Стимулирование наставников закреплено', 'Штатная численность', 'Фактическая численность'],
      ...orgs.map((o, i): ExampleCell[] => [
        o.spec.name, o.spec.type, yn(o.spec.lowResults), yn(o.spec.internship), yn(o.spec.mentoringModel),
        yn(o.spec.mentorIncentives), staffing[i], o.persons.length,
      ]),
    ],
  };
}

function municipalitySheet(): ExampleSheet {
  return {
    name: 'Муниципалитет',
    rows: [
      ['Показатель', 'Значение'],
      ['Кураторы ИОМ', 'да'],
      ['МО по функциональной грамотности', 'да'],
      ['План развития кадрового потенциала', 'да'],
      ['Соглашение с колледжами и вузами', 'да'],
      ['Психолого-педагогические классы', 'нет'],
      ['Договоры о целевом обучении', 'да'],
      ['Объединение наставников', 'нет'],
      ['Сообщество молодых педагогов', 'да'],
      ['Обучались по целевым договорам', 9],
      ['Из них трудоустроены', 7],
    ],
  };
}

function settingsSheet(): ExampleSheet {
  return {
    name: 'Настройки',
    rows: [
      ['Параметр', 'Значение'],
      ['Набор показателей', 'alapaevsk-2024'],
      ['Отчётный период', '2023-2024'],
      ['Дата отсчёта', new Date(REFERENCE_DATE.getTime())],
      ['Порог зоны внимания, п.п.', 15],
    ],
  };
}

/** The example workbook for `seed`: same seed, same workbook. */
export function generateExampleWorkbook(seed: number): ExampleWorkbook {
  const rng = new Rng(seed);
  const names = new NameSource(rng);
  const built: BuiltOrg[] = [];
  for (const spec of ORGS) built.push(buildOrg(spec, rng, names, built));
  return {
    sheets: [settingsSheet(), organisationsSheet(built, rng), municipalitySheet(), ...built.map((b) => b.sheet)],
  };
}
