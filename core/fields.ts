/**
 * The roster's columns as the contract defines them (workbook.md §1.1): canonical Russian header,
 * internal key and value type. Header matching, value parsing, conditions and the output all use
 * this one table, so adding a column is one line here.
 */
import { compactText, normalizeText } from './text';

export type FieldType =
  | 'text'
  | 'yesno'
  | 'number'
  | 'date'
  | 'staffCategory'
  | 'qualification'
  | 'contestLevel';

export interface FieldDef {
  readonly key: string;
  readonly header: string;
  readonly type: FieldType;
  /** Other spellings met in real workbooks, matched after normalisation. */
  readonly aliases?: readonly string[];
  /** Bounds for plausibility checks of numbers. */
  readonly range?: { readonly min: number; readonly max: number };
}

export const ROSTER_FIELDS = [
  { key: 'fio', header: 'ФИО', type: 'text', aliases: ['Фамилия, имя, отчество', 'Фамилия имя отчество', 'Ф.И.О. работника', 'ФИО работника', 'ФИО педагога'] },
  { key: 'position', header: 'Должность', type: 'text', aliases: ['Занимаемая должность'] },
  { key: 'staffCategory', header: 'Категория работника', type: 'staffCategory', aliases: ['Категория персонала'] },
  { key: 'subject', header: 'Предмет', type: 'text', aliases: ['Преподаваемый предмет', 'Учебный предмет'] },
  { key: 'birthDate', header: 'Дата рождения', type: 'date' },
  { key: 'age', header: 'Возраст', type: 'number', aliases: ['Возраст, лет', 'Возраст (полных лет)', 'Полных лет'], range: { min: 18, max: 80 } },
  { key: 'experienceYears', header: 'Педагогический стаж', type: 'number', aliases: ['Педстаж', 'Педагогический стаж, лет', 'Стаж педагогической работы'], range: { min: 0, max: 64 } },
  { key: 'profileMatch', header: 'Образование соответствует профилю', type: 'yesno' },
  { key: 'externalPartTime', header: 'Внешний совместитель', type: 'yesno', aliases: ['Совместитель'] },
  { key: 'weeklyHours', header: 'Нагрузка, часов в неделю', type: 'number', aliases: ['Нагрузка', 'Нагрузка, ч/нед', 'Учебная нагрузка'], range: { min: 0, max: 54 } },
  { key: 'qualification', header: 'Квалификационная категория', type: 'qualification', aliases: ['Категория'] },
  { key: 'diagFederal', header: 'Федеральная диагностика', type: 'yesno' },
  { key: 'diagRegional', header: 'Региональная диагностика', type: 'yesno' },
  { key: 'selfDiag', header: 'Самодиагностика', type: 'yesno' },
  { key: 'diagScore', header: 'Балл диагностики', type: 'number', range: { min: 0, max: 100 } },
  { key: 'iomCenter', header: 'ИОМ ЦНППМ', type: 'yesno' },
  { key: 'ippr', header: 'ИППР', type: 'yesno' },
  { key: 'iomSupport', header: 'Адресная поддержка ИОМ', type: 'yesno' },
  { key: 'clubs', header: 'Проекты и клубы', type: 'yesno' },
  { key: 'contestLevel', header: 'Уровень конкурсов', type: 'contestLevel', aliases: ['Участие в конкурсах', 'Конкурсы'] },
  { key: 'sanatorium', header: 'Санаторно-курортное лечение', type: 'yesno' },
  { key: 'networkEvents', header: 'Сетевые методические мероприятия', type: 'yesno' },
  { key: 'leadsWorkshops', header: 'Проводит стажировки и мастер-классы', type: 'yesno' },
  { key: 'regionalExpert', header: 'Эксперт региональных комиссий', type: 'yesno' },
  { key: 'publishedMaterials', header: 'Тиражируемые методические разработки', type: 'yesno' },
  { key: 'regionalProjects', header: 'Сетевые проекты региона', type: 'yesno' },
  { key: 'methodAssociation', header: 'Участник методического объединения', type: 'yesno' },
  { key: 'retrained', header: 'Профессиональная переподготовка', type: 'yesno' },
  { key: 'stayedSinceGraduation', header: 'Работает в ОО с окончания обучения', type: 'yesno' },
  { key: 'hasMentor', header: 'Имеет наставника', type: 'yesno' },
  { key: 'isMentor', header: 'Наставник', type: 'yesno' },
  { key: 'youngAssociation', header: 'Ассоциация молодых педагогов', type: 'yesno' },
  { key: 'regionalMethodist', header: 'Сопровождение методистом регионального актива', type: 'yesno' },
  { key: 'addressSupport', header: 'Адресная поддержка', type: 'yesno' },
  { key: 'mentoringModel', header: 'Охвачен ЦМН', type: 'yesno' },
  { key: 'nsur', header: 'Охвачен НСУР', type: 'yesno' },
  { key: 'satisfied', header: 'Удовлетворённость методической службой', type: 'yesno' },
  { key: 'inReserve', header: 'Кадровый резерв', type: 'yesno' },
  { key: 'mgmtScore', header: 'Оценка управленческих компетенций, %', type: 'number', range: { min: 0, max: 100 } },
  { key: 'pk', header: 'ПК за период', type: 'yesno' },
  { key: 'pkRegistry', header: 'ПК по ФР ДПП', type: 'yesno' },
  { key: 'pkFgos', header: 'ПК ФГОС', type: 'yesno' },
  { key: 'pkDigital', header: 'ПК ЦОС', type: 'yesno' },
  { key: 'pkLiteracy', header: 'ПК функциональная грамотность', type: 'yesno' },
  { key: 'pkAssessment', header: 'ПК оценка качества', type: 'yesno' },
  { key: 'pkTalent', header: 'ПК одарённые дети', type: 'yesno' },
  { key: 'pkSubject', header: 'ПК предметные компетенции', type: 'yesno' },
  { key: 'pkInclusive', header: 'ПК инклюзия и ОВЗ', type: 'yesno' },
  { key: 'pkCareer', header: 'ПК профориентация', type: 'yesno' },
  { key: 'pkUpbringing', header: 'ПК воспитание', type: 'yesno' },
  { key: 'pkPreschool', header: 'ПК дошкольное образование', type: 'yesno' },
  { key: 'pkTech', header: 'ПК технологический суверенитет', type: 'yesno' },
  { key: 'pkQualityMgmt', header: 'ПК управление качеством', type: 'yesno' },
  { key: 'deficitSubject', header: 'Дефицит: предметные', type: 'yesno', aliases: ['Дефицит предметных компетенций', 'Предметные дефициты', 'Дефициты: предметные'] },
  { key: 'deficitMethod', header: 'Дефицит: методические', type: 'yesno', aliases: ['Дефицит методических компетенций', 'Методические дефициты', 'Дефициты: методические'] },
  { key: 'deficitPsych', header: 'Дефицит: психолого-педагогические', type: 'yesno', aliases: ['Дефицит психолого-педагогических компетенций', 'Психолого-педагогические дефициты', 'Дефициты: психолого-педагогические'] },
  { key: 'deficitComm', header: 'Дефицит: коммуникативные', type: 'yesno', aliases: ['Дефицит коммуникативных компетенций', 'Коммуникативные дефициты', 'Дефициты: коммуникативные'] },
  { key: 'deficitDigital', header: 'Дефицит: цифровые', type: 'yesno', aliases: ['Дефицит цифровых компетенций', 'Цифровые дефициты', 'Дефициты: цифровые'] },
  { key: 'iomCompleted', header: 'ИОМ завершён', type: 'yesno', aliases: ['Завершил обучение по ИОМ', 'Обучение по ИОМ завершено'] },
  { key: 'pupilGrowth', header: 'Положительная динамика результатов обучающихся', type: 'yesno', aliases: ['Положительная динамика образовательных результатов обучающихся', 'Динамика результатов обучающихся'] },
] as const satisfies readonly FieldDef[];

export type RosterFieldKey = (typeof ROSTER_FIELDS)[number]['key'];

/**
 * A column a methodologist declared on «Настройка показателей» (issue 5): `custom:` plus the key
 * given there. The prefix keeps custom keys apart from the built-in ones, which stay literal types.
 */
export type CustomFieldKey = `custom:${string}`;

/** The value types a declared column may have (the same value forms as built-in columns). */
export type CustomFieldType = 'yesno' | 'number' | 'date' | 'text';

export interface CustomFieldDef {
  readonly key: CustomFieldKey;
  /** The column's header in the organisation tabs, matched like the built-in headers. */
  readonly header: string;
  readonly type: CustomFieldType;
}

/**
 * Keys a condition may use: every roster column plus values the reader derives for each row
 * (age from the birth date, the organisation's type and low-results flag from `Организации`),
 * plus the columns declared on «Настройка показателей».
 */
export type FieldKey = RosterFieldKey | 'orgType' | 'lowResults' | CustomFieldKey;

const CUSTOM_PREFIX = 'custom:';

export function customFieldKey(name: string): CustomFieldKey {
  return `${CUSTOM_PREFIX}${name}`;
}

export function isCustomFieldKey(key: string): key is CustomFieldKey {
  return key.startsWith(CUSTOM_PREFIX);
}

const FIELD_BY_KEY = new Map<string, FieldDef>(ROSTER_FIELDS.map((f) => [f.key, f]));

export function fieldDef(key: RosterFieldKey): FieldDef {
  const def = FIELD_BY_KEY.get(key);
  if (!def) throw new Error(`unknown field ${key}`);
  return def;
}

export function fieldHeader(key: FieldKey): string {
  if (key === 'orgType') return 'Тип (лист «Организации»)';
  if (key === 'lowResults') return 'Школа с низкими результатами (лист «Организации»)';
  // The reader of the catalogue knows the declared header and puts it into messages.
  if (isCustomFieldKey(key)) return key.slice(CUSTOM_PREFIX.length);
  return fieldDef(key).header;
}

/** Lookup of a normalised header (full or compact form) to a field key. */
const HEADER_INDEX: ReadonlyMap<string, RosterFieldKey> = (() => {
  const index = new Map<string, RosterFieldKey>();
  for (const f of ROSTER_FIELDS as readonly FieldDef[]) {
    const key = f.key as RosterFieldKey;
    for (const h of [f.header, ...(f.aliases ?? [])]) {
      index.set(normalizeText(h), key);
      index.set(compactText(h), key);
    }
  }
  return index;
})();

/** The field a header cell names, or undefined for a column the program does not know. */
export function matchHeader(text: string): RosterFieldKey | undefined {
  return HEADER_INDEX.get(normalizeText(text)) ?? HEADER_INDEX.get(compactText(text));
}
