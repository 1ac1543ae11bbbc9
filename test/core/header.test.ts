/**
 * The roster's header row (workbook.md §1.1, core/read/header.ts and core/fields.ts): forgiving
 * matching (case, ё/е, punctuation, spaces), any column order, title rows above it within the
 * first 10 rows, unknown columns ignored, and a missing known column making exactly the criteria
 * that need it "нет данных" with one info line naming them.
 */
import { describe, expect, it } from 'vitest';
import { matchHeader, ROSTER_FIELDS } from '../../core/fields';
import { findRosterHeader } from '../../core/read/header';
import { compactText, normalizeText } from '../../core/text';
import { criterion, expectFigure, issuesWith, orgFigure, share, total } from '../helpers/result';
import { compute, headerOf, HEADER, orgTab, person, roster } from '../helpers/workbook';

describe('matchHeader', () => {
  it('every canonical header names its field', () => {
    for (const f of ROSTER_FIELDS) expect(matchHeader(f.header), f.header).toBe(f.key);
  });

  it('case, ё/е, punctuation and runs of spaces do not matter', () => {
    expect(matchHeader('Нагрузка (часов в неделю)')).toBe('weeklyHours');
    expect(matchHeader('НАГРУЗКА, ЧАСОВ В НЕДЕЛЮ')).toBe('weeklyHours');
    expect(matchHeader('нагрузка  часов  в  неделю')).toBe('weeklyHours');
    expect(matchHeader('Удовлетворенность методической службой')).toBe('satisfied');
    expect(matchHeader('ПК одаренные дети')).toBe('pkTalent');
    expect(matchHeader('педагогический  стаж')).toBe('experienceYears');
    expect(matchHeader(' Должность ')).toBe('position');
    expect(matchHeader('КВАЛИФИКАЦИОННАЯ КАТЕГОРИЯ')).toBe('qualification');
    expect(matchHeader('Оценка управленческих компетенций (%)')).toBe('mgmtScore');
    expect(matchHeader('Ф.И.О.')).toBe('fio');
    expect(matchHeader('Призёр')).toBe(undefined);
    expect(matchHeader('Санаторно курортное лечение')).toBe('sanatorium');
    expect(matchHeader('ПК: инклюзия и ОВЗ')).toBe('pkInclusive');
  });

  it('columns the program does not know are undefined', () => {
    for (const h of ['№ п/п', 'Примечание', 'Телефон', 'СНИЛС', '']) expect(matchHeader(h), h).toBe(undefined);
  });

  it('no spelling (header or alias, full or compact) names two fields', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of ROSTER_FIELDS as readonly { key: string; header: string; aliases?: readonly string[] }[]) {
      for (const h of [f.header, ...(f.aliases ?? [])]) {
        for (const k of [normalizeText(h), compactText(h)]) {
          const prev = owner.get(k);
          if (prev !== undefined && prev !== f.key) clashes.push(`${k}: ${prev} / ${f.key}`);
          owner.set(k, f.key);
        }
        expect(matchHeader(h), h).toBe(f.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('similar headers stay distinct', () => {
    expect(matchHeader('Адресная поддержка')).toBe('addressSupport');
    expect(matchHeader('Адресная поддержка ИОМ')).toBe('iomSupport');
    expect(matchHeader('Наставник')).toBe('isMentor');
    expect(matchHeader('Имеет наставника')).toBe('hasMentor');
    expect(matchHeader('ПК за период')).toBe('pk');
    expect(matchHeader('ПК по ФР ДПП')).toBe('pkRegistry');
  });
});

describe('findRosterHeader', () => {
  const header = ['№ п/п', 'ФИО', 'Должность', 'ПК за период'];

  it('the header in the first row, columns by index', () => {
    const h = findRosterHeader([header, [1, 'Х', 'учитель', 'да']]);
    expect(h?.rowIndex).toBe(0);
    expect(h?.columns.get('fio')).toBe(1); // column B
    expect(h?.columns.get('position')).toBe(2); // column C
    expect(h?.columns.get('pk')).toBe(3); // column D
    expect(h?.columns.size).toBe(3); // № п/п ignored
  });

  it('title rows above the header', () => {
    const grid = [['Список педагогических работников'], ['на 01.06.2024'], [], header];
    expect(findRosterHeader(grid)?.rowIndex).toBe(3); // row 4
  });

  it('the header on row 10 is found, on row 11 it is not', () => {
    const padding = (n: number) => Array.from({ length: n }, (_, i) => [`строка ${i + 1}`]);
    expect(findRosterHeader([...padding(9), header])?.rowIndex).toBe(9); // rows 1–9 titles, row 10 header
    expect(findRosterHeader([...padding(10), header])).toBe(null); // row 11 is too far
  });

  it('needs both ФИО and Должность', () => {
    expect(findRosterHeader([['ФИО', 'Предмет']])).toBe(null);
    expect(findRosterHeader([['Должность', 'Предмет']])).toBe(null);
  });

  it('a known column named twice: the first is used and the other noted', () => {
    const h = findRosterHeader([['ФИО', 'Должность', 'Наставник', 'наставник']]);
    expect(h?.columns.get('isMentor')).toBe(2);
    expect(h?.duplicates).toEqual([{ field: 'isMentor', column: 3 }]);
  });
});

describe('header variants in a workbook', () => {
  const people = () => [
    person({ fio: 'Абрамова Анна Андреевна', position: 'учитель', pk: 'да', weeklyHours: 30 }),
    person({ fio: 'Белов Борис Борисович', position: 'учитель', pk: 'нет', weeklyHours: 20 }),
    person({ fio: 'Васильева Вера Викторовна', position: 'воспитатель', pk: 'да', weeklyHours: '27,5' }),
    person({ fio: 'Григорьев Глеб Геннадьевич', position: 'директор', staffCategory: 'управленческий', pk: 'да' }),
  ];

  it('a shuffled, oddly spelled header reads the same as the canonical one', () => {
    const canonical = orgTab('МАОУ СОШ №1', people());
    const oddHeader = [
      '№ п/п',
      'нагрузка (часов в неделю)',
      'КАТЕГОРИЯ  РАБОТНИКА',
      'ПК  за  период',
      'Ф.И.О.',
      'Должность ',
      'Возраст',
      'педагогический  стаж',
      'Примечание',
    ];
    const odd = roster('МАОУ СОШ №1', oddHeader, people());
    const a = compute([canonical]);
    const b = compute([odd]);
    // ped = 3 (two teachers and the воспитатель), pk among them: Абрамова and Васильева → 2/3 = 66.67 %.
    expectFigure(total(a, '9.1'), share(2, 3, 66.67, 'met'), 'canonical 9.1');
    expectFigure(total(b, '9.1'), share(2, 3, 66.67, 'met'), 'odd header 9.1');
    // ≥ 27 hours: Абрамова 30, Васильева «27,5» → 2 of 3 ped = 66.67 %.
    expectFigure(total(b, '6.4'), share(2, 3, 66.67, 'no-target'), 'odd header 6.4');
    // Unknown columns «№ п/п» and «Примечание» raise nothing.
    expect(b.issues.filter((i) => i.column === '№ п/п' || i.column === 'Примечание')).toEqual([]);
  });

  it('title rows above the header: rows are numbered as the sheet shows them', () => {
    const tab = roster(
      'МАОУ СОШ №2',
      headerOf('fio', 'position', 'staffCategory', 'diagRegional'),
      [person({ diagRegional: 'да' }), person({ diagRegional: '?' }), person({ diagRegional: 'нет' })],
      [['Сведения о педагогических работниках'], [null]],
    );
    const r = compute([tab]);
    // Header on row 3, data on rows 4–6; the «?» is on row 5 (B… column D).
    const unknown = issuesWith(r, 'unknown-value', 'МАОУ СОШ №2');
    expect(unknown.map((i) => [i.row, i.column, i.value])).toEqual([[5, 'Региональная диагностика', '?']]);
    // 1.2: 1 yes of the 2 readable rows = 50 %; the unknown row is left out of both.
    expectFigure(total(r, '1.2'), share(1, 2, 50, 'no-target'), '1.2');
  });

  it('header on row 11: the tab is skipped and reported, the others computed', () => {
    const late = roster('МАОУ СОШ №3', headerOf('fio', 'position'), [person()], Array.from({ length: 10 }, () => ['Заголовок']));
    const ok = orgTab('МАОУ СОШ №4', [person({ pk: 'да' })]);
    const r = compute([late, ok]);
    expect(r.organizations.map((o) => o.name)).toEqual(['МАОУ СОШ №4']);
    const skipped = issuesWith(r, 'no-header', 'МАОУ СОШ №3');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.severity).toBe('warning');
    expect(criterion(r, '9.1').byOrganization['МАОУ СОШ №3']).toBeUndefined();
  });

  it('a known column missing: exactly its criteria are «нет данных» there, one info line names them', () => {
    const withPk = orgTab('МАОУ СОШ №5', [person({ pk: 'да' }), person({ pk: 'нет' })]);
    const withoutPk = orgTab('МАОУ СОШ №6', [person({ pk: 'да' }), person()], { omit: ['pk'] });
    const r = compute([withPk, withoutPk]);
    // 9.1 for №6 is no data because of the column; the total is №5 alone: 1/2 = 50 % (≥ 30 → met).
    expectFigure(orgFigure(r, '9.1', 'МАОУ СОШ №6'), { value: null, status: 'no-data' }, '9.1 №6');
    expect(orgFigure(r, '9.1', 'МАОУ СОШ №6').reason).toBe('missing-column');
    expectFigure(total(r, '9.1'), share(1, 2, 50, 'met'), '9.1 total');
    // Criteria not needing ПК за период are computed for №6: 9.2 over its 2 ped = 0/2 = 0 % (< 3 → below).
    expectFigure(orgFigure(r, '9.2', 'МАОУ СОШ №6'), share(0, 2, 0, 'below'), '9.2 №6');
    const lines = issuesWith(r, 'missing-column', 'МАОУ СОШ №6');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ severity: 'info', column: HEADER.pk, row: null });
    // ПК за период is used by 9.1, 9.7 and 9.11 of alapaevsk-2024.
    expect(lines[0]?.message).toContain('9.1, 9.7, 9.11');
    expect(issuesWith(r, 'missing-column', 'МАОУ СОШ №5')).toEqual([]);
  });

  it('several missing columns: one line per column, each with its criteria', () => {
    const tab = roster('МАОУ СОШ №7', headerOf('fio', 'position', 'staffCategory', 'age', 'experienceYears'), [person()]);
    const r = compute([tab]);
    const lines = issuesWith(r, 'missing-column', 'МАОУ СОШ №7');
    const byColumn = new Map(lines.map((l) => [l.column, l.message]));
    // Предмет is needed by 9.15 (stem) only; Имеет наставника by 8.3 only.
    expect(byColumn.get(HEADER.subject)).toContain('9.15');
    expect(byColumn.get(HEADER.hasMentor)).toMatch(/показатель 8\.3 /);
    // Exactly one line per column.
    expect(new Set(lines.map((l) => l.column)).size).toBe(lines.length);
  });
});

describe('findRosterHeader with the header cells of earlier tabs remembered', () => {
  it('finds in each tab what it finds with nothing remembered (tabs sharing, reordering and respelling columns)', () => {
    const tabs = [
      [['ФИО', 'Должность', 'Возраст'], ['Иванова И.И.', 'учитель', 40]],
      [['Список'], ['Должность', 'ФИО', 'Возраст  '], ['Петров П.П.', 'завуч', 50]],
      [['Ф.И.О.', 'ДОЛЖНОСТЬ', 'Стаж', 'ФИО'], ['Сидорова', 'учитель', 3, 'x']],
      [['ФИО', 'Должность', 'Повышение квалификации', null], [null, null, 'ПК за период', 'ПК по ФР ДПП'], ['Козлов', 'учитель', 'да', 'нет']],
      [['ФИО', 'Должность', 'Возраст'], [1, 2, 3], ['Иванова И.И.', 'учитель', 40]],
    ];
    const known = new Map();
    for (const tab of tabs) {
      const fresh = findRosterHeader(tab);
      expect(fresh).not.toBeNull();
      expect(findRosterHeader(tab, known)).toEqual(fresh);
    }
    // Each distinct header text was read once, and as its own label.
    expect(known.get('Возраст  ')).toEqual({ label: 'Возраст', field: 'age' });
    expect(known.get('Ф.И.О.')).toEqual({ label: 'Ф.И.О.', field: 'fio' });
  });
});
