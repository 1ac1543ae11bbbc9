/**
 * A small hand-made district for criterion tests: one school (ОО, 10 workers), one kindergarten
 * (ДОО, 6) and one centre of additional education (УДО, 6), with `Организации` and
 * `Муниципалитет`. Every worker has an id (s1…s10, k1…k6, d1…d6) so a test states only what it
 * changes — `district(yesFor('pk', 's3', 'k2'))` — and works its expectations out from the table
 * below. Every yes/no column is empty («нет») unless a test says otherwise, except «Образование
 * соответствует профилю», which is «да» for everyone.
 *
 * | id  | org | position                         | category | subject            | age | exp | notes                |
 * |-----|-----|----------------------------------|----------|--------------------|-----|-----|----------------------|
 * | s1  | ОО  | Директор                         | упр      |                    | 52  | 28  |                      |
 * | s2  | ОО  | Заместитель директора по УВР     | упр      |                    | 47  | 22  |                      |
 * | s3  | ОО  | Учитель математики               | пед      | математика         | 45  | 20  | teacher, stem        |
 * | s4  | ОО  | Учитель математики и физики      | пед      | математика, физика | 50  | 25  | teacher, stem        |
 * | s5  | ОО  | Учитель русского языка           | пед      | русский язык       | 35  | 2   | teacher, NOT young   |
 * | s6  | ОО  | Учитель начальных классов        | пед      | начальные классы   | 40  | 15  | teacher              |
 * | s7  | ОО  | Учитель истории                  | пед      | история            | 24  | 1   | teacher, young       |
 * | s8  | ОО  | Учитель-логопед                  | пед      |                    | 38  | 12  | not a teacher        |
 * | s9  | ОО  | Педагог-психолог                 | пед      |                    | 29  | 4   | NOT young (4 years)  |
 * | s10 | ОО  | Учитель химии и биологии         | пед      | химия, биология    | 34  | 3   | teacher, stem, young |
 * | k1  | ДОО | Заведующий                       | упр      |                    | 33  | 2   | manager: not young   |
 * | k2  | ДОО | Воспитатель                      | пед      |                    | 44  | 18  |                      |
 * | k3  | ДОО | Воспитатель                      | пед      |                    | 23  | 0   | young                |
 * | k4  | ДОО | Старший воспитатель              | пед      |                    | 50  | 27  |                      |
 * | k5  | ДОО | Музыкальный руководитель         | пед      |                    | 39  | 10  |                      |
 * | k6  | ДОО | Учитель-дефектолог               | пед      |                    | 31  | 6   | not a teacher        |
 * | d1  | УДО | Директор                         | упр      |                    | 55  | 30  |                      |
 * | d2  | УДО | Педагог дополнительного образования | пед   | информатика        | 41  | 12  | addEd (not stem)     |
 * | d3  | УДО | Педагог дополнительного образования | пед   |                    | 30  | 2   | addEd, young         |
 * | d4  | УДО | Методист                         | пед      |                    | 46  | 20  |                      |
 * | d5  | УДО | Педагог-организатор              | пед      |                    | 36  | 1   | NOT young (36)       |
 * | d6  | УДО | Педагог дополнительного образования | пед   |                    | 28  | 4   | addEd, NOT young     |
 *
 * Populations: ped 8 + 5 + 5 = 18; mgmt 2 + 1 + 1 = 4; teachers 6 (s3–s7, s10; school only);
 * young 2 + 1 + 1 = 4 (s7, s10, k3, d3); addEd 3 (d2, d3, d6); preschool 5 (k2–k6); school 8
 * (s3–s10); stem 3 (s3, s4, s10); lowResults 8 (the school is marked).
 *
 * `Организации`: school ОО, low results да, стажировочная площадка нет, ЦМН да, стимулирование да,
 * штатная 11 / фактическая 10; kindergarten ДОО, нет/нет/нет/нет, 6 / 6; ДДТ УДО, нет/да/да/нет, 7 / 6.
 * `Муниципалитет`: every fact «да», 10 trained and 7 employed (ALL_MUNICIPAL_YES).
 */
import type { CellValue, SheetData } from '../../core/cells';
import type { RosterFieldKey } from '../../core/fields';
import { ALL_MUNICIPAL_YES, municipalitySheet, orgsSheet, orgTab, person, type OrgListingInput, type PersonInput } from './workbook';

export const SCHOOL = 'МАОУ СОШ №1';
export const KINDERGARTEN = 'МАДОУ «Детский сад №7»';
export const DDT = 'МАУ ДО ДДТ';

export const ORG_OF = { s: SCHOOL, k: KINDERGARTEN, d: DDT } as const;

type Base = PersonInput & { readonly fio: string };

const ped = 'педагогический';
const mgmt = 'управленческий';

const BASE: Readonly<Record<string, Base>> = {
  s1: { fio: 'Абрамова Алла Андреевна', position: 'Директор', staffCategory: mgmt, age: 52, experienceYears: 28 },
  s2: { fio: 'Белов Борис Борисович', position: 'Заместитель директора по УВР', staffCategory: mgmt, age: 47, experienceYears: 22 },
  s3: { fio: 'Васильева Вера Викторовна', position: 'Учитель математики', staffCategory: ped, subject: 'математика', age: 45, experienceYears: 20 },
  s4: { fio: 'Григорьев Глеб Геннадьевич', position: 'Учитель математики и физики', staffCategory: ped, subject: 'математика, физика', age: 50, experienceYears: 25 },
  s5: { fio: 'Дмитриева Дарья Дмитриевна', position: 'Учитель русского языка', staffCategory: ped, subject: 'русский язык', age: 35, experienceYears: 2 },
  s6: { fio: 'Егоров Евгений Егорович', position: 'Учитель начальных классов', staffCategory: ped, subject: 'начальные классы', age: 40, experienceYears: 15 },
  s7: { fio: 'Жукова Жанна Ильинична', position: 'Учитель истории', staffCategory: ped, subject: 'история', age: 24, experienceYears: 1 },
  s8: { fio: 'Зайцев Захар Константинович', position: 'Учитель-логопед', staffCategory: ped, age: 38, experienceYears: 12 },
  s9: { fio: 'Ильина Ирина Леонидовна', position: 'Педагог-психолог', staffCategory: ped, age: 29, experienceYears: 4 },
  s10: { fio: 'Козлов Кирилл Михайлович', position: 'Учитель химии и биологии', staffCategory: ped, subject: 'химия, биология', age: 34, experienceYears: 3 },
  k1: { fio: 'Лебедева Людмила Николаевна', position: 'Заведующий', staffCategory: mgmt, age: 33, experienceYears: 2 },
  k2: { fio: 'Морозова Нина Олеговна', position: 'Воспитатель', staffCategory: ped, age: 44, experienceYears: 18 },
  k3: { fio: 'Никитина Полина Петровна', position: 'Воспитатель', staffCategory: ped, age: 23, experienceYears: 0 },
  k4: { fio: 'Орлова Анна Андреевна', position: 'Старший воспитатель', staffCategory: ped, age: 50, experienceYears: 27 },
  k5: { fio: 'Петрова Вера Борисовна', position: 'Музыкальный руководитель', staffCategory: ped, age: 39, experienceYears: 10 },
  k6: { fio: 'Романова Дарья Викторовна', position: 'Учитель-дефектолог', staffCategory: ped, age: 31, experienceYears: 6 },
  d1: { fio: 'Соколов Олег Геннадьевич', position: 'Директор', staffCategory: mgmt, age: 55, experienceYears: 30 },
  d2: { fio: 'Тихонов Максим Егорович', position: 'Педагог дополнительного образования', staffCategory: ped, subject: 'информатика', age: 41, experienceYears: 12 },
  d3: { fio: 'Уварова Ирина Дмитриевна', position: 'Педагог дополнительного образования', staffCategory: ped, age: 30, experienceYears: 2 },
  d4: { fio: 'Фёдоров Кирилл Ильич', position: 'Методист', staffCategory: ped, age: 46, experienceYears: 20 },
  d5: { fio: 'Абрамов Евгений Олегович', position: 'Педагог-организатор', staffCategory: ped, age: 36, experienceYears: 1 },
  d6: { fio: 'Белова Жанна Петровна', position: 'Педагог дополнительного образования', staffCategory: ped, age: 28, experienceYears: 4 },
};

export type WorkerId = keyof typeof BASE;
export const WORKER_IDS: readonly string[] = Object.keys(BASE);

/** Changes to workers, by id. */
export type Overrides = Readonly<Record<string, PersonInput>>;

export const BASE_LISTINGS: readonly OrgListingInput[] = [
  { name: SCHOOL, type: 'ОО', lowResults: 'да', internshipSite: 'нет', mentoringModelAdopted: 'да', mentorIncentives: 'да', staffPlanned: 11, staffActual: 10 },
  { name: KINDERGARTEN, type: 'ДОО', lowResults: 'нет', internshipSite: 'нет', mentoringModelAdopted: 'нет', mentorIncentives: 'нет', staffPlanned: 6, staffActual: 6 },
  { name: DDT, type: 'УДО', lowResults: 'нет', internshipSite: 'да', mentoringModelAdopted: 'да', mentorIncentives: 'нет', staffPlanned: 7, staffActual: 6 },
];

export interface DistrictOptions {
  /** `Организации` lines (default BASE_LISTINGS); null leaves the sheet out. */
  readonly listings?: readonly OrgListingInput[] | null;
  /** `Муниципалитет` facts (default ALL_MUNICIPAL_YES); null leaves the sheet out. */
  readonly municipality?: Readonly<Record<string, CellValue>> | null;
}

/** The district's sheets with the given changes to workers. */
export function district(overrides: Overrides = {}, options: DistrictOptions = {}): SheetData[] {
  const tab = (prefix: 's' | 'k' | 'd') =>
    orgTab(
      ORG_OF[prefix],
      WORKER_IDS.filter((id) => id.startsWith(prefix)).map((id) => person({ profileMatch: 'да', ...BASE[id], ...(overrides[id] ?? {}) })),
    );
  const sheets = [tab('s'), tab('k'), tab('d')];
  const listings = options.listings === undefined ? BASE_LISTINGS : options.listings;
  if (listings) sheets.push(orgsSheet(listings));
  const municipality = options.municipality === undefined ? ALL_MUNICIPAL_YES : options.municipality;
  if (municipality) sheets.push(municipalitySheet(municipality));
  return sheets;
}

/** Overrides setting one field to the same value for several workers. */
export function setFor(field: RosterFieldKey, value: CellValue, ...ids: string[]): Overrides {
  for (const id of ids) if (!(id in BASE)) throw new Error(`no worker ${id} in the district`);
  return Object.fromEntries(ids.map((id) => [id, { [field]: value }]));
}

/** Overrides answering «да» in one yes/no column for several workers. */
export function yesFor(field: RosterFieldKey, ...ids: string[]): Overrides {
  return setFor(field, 'да', ...ids);
}

/** Several overrides merged worker by worker. */
export function merge(...parts: Overrides[]): Overrides {
  const out: Record<string, PersonInput> = {};
  for (const p of parts) for (const [id, v] of Object.entries(p)) out[id] = { ...(out[id] ?? {}), ...v };
  return out;
}
