/**
 * The deficits fixture: a small district written out by this script, person by person, so every
 * figure of «Дефициты» can be counted by hand (deficits.test.ts does, in its comments).
 *
 *  - «МАОУ СОШ №1» (ОО) has every column.
 *  - «МАДОУ «Детский сад №3»» (ДОО) has no «Дефицит: цифровые» column: the zone of risk, «с
 *    дефицитом» and routes need all five answers, so they are «нет данных» there.
 *  - «МАУ ДО ДДТ» (УДО) has no «Дефицит: …» column at all: shown without data, outside the totals.
 *
 * `Настройки` sets the zone-of-attention threshold to 10 p.p. so one gap is highlighted.
 */
import type { CellValue, SheetData } from '../../core/cells';

const COMMON = ['ФИО', 'Должность', 'Категория работника', 'Предмет', 'Региональная диагностика'] as const;
const KINDS = ['Дефицит: предметные', 'Дефицит: методические', 'Дефицит: психолого-педагогические', 'Дефицит: коммуникативные', 'Дефицит: цифровые'] as const;
const ROUTES = ['ИОМ ЦНППМ', 'ИППР'] as const;

const ped = 'педагогический';
const mgmt = 'управленческий';

type Row = readonly CellValue[];

/** fio, position, category, subject, diagnosed, then the five kinds (П М Пс К Ц), then ИОМ ЦНППМ, ИППР. */
export const SCHOOL_ROWS: readonly Row[] = [
  ['Абрамова Алла Андреевна', 'Директор', mgmt, null, 'да', 'да', 'да', 'да', 'нет', 'нет', 'нет', 'нет'], // a manager: never counted
  ['Белов Борис Борисович', 'Учитель математики', ped, 'математика', 'да', 'да', 'да', 'нет', 'нет', 'нет', 'да', 'нет'], // 2 deficits, ИОМ
  ['Васильева Вера Викторовна', 'Учитель математики', ped, 'математика', 'да', 'нет', 'да', 'нет', 'нет', 'нет', 'нет', 'нет'], // 1, no route
  ['Григорьев Глеб Геннадьевич', 'Учитель русского языка', ped, 'русский язык', 'да', 'нет', 'нет', 'нет', 'нет', 'нет', 'нет', 'нет'], // none
  ['Дмитриева Дарья Дмитриевна', 'Учитель русского языка', ped, 'русский язык', 'да', 'нет', 'нет', 'да', 'да', 'да', 'нет', 'да'], // 3, ИППР
  ['Егоров Евгений Егорович', 'Учитель истории', ped, 'история', 'да', 'да', 'нет', 'нет', 'нет', 'нет', '?', 'нет'], // 1, route unknown
  ['Жукова Жанна Ильинична', 'Учитель истории', ped, 'история', 'нет', 'да', 'нет', 'нет', 'нет', 'нет', 'нет', 'нет'], // not diagnosed
  ['Зайцев Захар Константинович', 'Учитель физики', ped, 'физика', 'да', 'нет', 'да', 'нет', 'нет', 'не знаю', 'нет', 'нет'], // 1 known, digital unknown
];

/** The kindergarten's rows: the same columns without «Дефицит: цифровые». */
export const KINDERGARTEN_ROWS: readonly Row[] = [
  ['Лебедева Людмила Николаевна', 'Заведующий', mgmt, null, 'нет', 'нет', 'нет', 'нет', 'нет', 'нет', 'нет'],
  ['Морозова Нина Олеговна', 'Воспитатель', ped, null, 'да', 'нет', 'нет', 'да', 'да', 'нет', 'да'], // psych, comm
  ['Никитина Полина Петровна', 'Воспитатель', ped, null, 'да', 'нет', 'да', 'нет', 'нет', 'да', 'нет'], // method
  ['Орлова Анна Андреевна', 'Воспитатель', ped, null, 'да', 'нет', 'нет', 'нет', 'нет', 'нет', 'нет'], // none
  ['Петрова Вера Борисовна', 'Музыкальный руководитель', ped, null, 'нет', 'да', 'нет', 'нет', 'нет', 'нет', 'нет'], // not diagnosed
];

export const DDT_ROWS: readonly Row[] = [['Соколов Олег Геннадьевич', 'Педагог дополнительного образования', ped, 'информатика', 'да', 'да', 'нет']];

export const SCHOOL = 'МАОУ СОШ №1';
export const KINDERGARTEN = 'МАДОУ «Детский сад №3»';
export const DDT = 'МАУ ДО ДДТ';

/** The fixture's sheets, as a host reads them. */
export function deficitsFixture(): SheetData[] {
  return [
    { name: SCHOOL, values: [[...COMMON, ...KINDS, ...ROUTES], ...SCHOOL_ROWS.map((r) => [...r])] },
    { name: KINDERGARTEN, values: [[...COMMON, ...KINDS.slice(0, 4), ...ROUTES], ...KINDERGARTEN_ROWS.map((r) => [...r])] },
    { name: DDT, values: [[...COMMON, ...ROUTES], ...DDT_ROWS.map((r) => [...r])] },
    {
      name: 'Организации',
      values: [
        ['Организация', 'Тип'],
        [SCHOOL, 'ОО'],
        [KINDERGARTEN, 'ДОО'],
        [DDT, 'УДО'],
      ],
    },
    { name: 'Настройки', values: [['Параметр', 'Значение'], ['Отчётный период', '2024-2025'], ['Порог зоны внимания, п.п.', 10]] },
  ];
}
