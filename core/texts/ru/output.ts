/**
 * The Russian words every output sheet shares: the statuses of a figure, "нет данных", units, and
 * the registry sheet's own lines with the messages that stop a run before a user's sheet is
 * overwritten. Sheet-specific texts live beside these (summary.ts, report.ts, recommend.ts).
 */
export const STATUS_TEXT = {
  met: 'достигнуто',
  below: 'не достигнуто',
  'no-target': 'без целевого значения',
  'no-data': 'нет данных',
} as const;

export const NO_DATA = 'нет данных';

/** Units a criterion's value is in. */
export const UNIT = { percent: '%', people: 'чел.', points: 'балл' } as const;
export type Unit = (typeof UNIT)[keyof typeof UNIT] | '';

/** Number formats with their unit, as every host shows them: "85,3 %", "12 чел.", "3 ОО". */
export const UNIT_FORMAT = {
  percent: '0.0" %"',
  people: '0" чел."',
  organizations: '0" ОО"',
  points: '0.0',
} as const;

/** Printed page header and footer of every output sheet (header codes: &A sheet, &P page, &N pages). */
export const PRINT_HEADER = '&L&A';
export const PRINT_FOOTER = '&RСтраница &P из &N';

/** How a spreadsheet shows a boolean cell (for estimating its width). */
export const BOOLEAN_TEXT = { true: 'ИСТИНА', false: 'ЛОЖЬ' } as const;

/** "24,4 % (10 из 41)" */
export const shareOf = (value: string, numerator: number | null, denominator: number | null): string => `${value} % (${numerator} из ${denominator})`;

/** The registry sheet `_pedmonitor`: its title line (how the program recognises it) and header. */
export const REGISTRY_TITLE = 'pedmonitor: служебный лист, не изменяйте и не удаляйте';
export const REGISTRY_HEADER = ['Лист, созданный программой'];

export const OWNERSHIP = {
  /** A sheet the program would write exists and the program did not create it. */
  outputsTaken: (names: readonly string[]): string => {
    const one = names.length === 1;
    const list = names.map((name) => `«${name}»`).join(', ');
    return (
      `В книге уже есть ${one ? 'лист' : 'листы'} ${list}, ${one ? 'созданный' : 'созданные'} не программой. ` +
      'Чтобы не потерять ваши данные, расчёт остановлен и ничего не изменено. Переименуйте или удалите ' +
      (one ? 'этот лист' : 'эти листы') + ' и запустите расчёт снова.'
    );
  },
  /** A user's own sheet carries the registry's name. */
  registryTaken: (registry: string): string =>
    `В книге есть лист «${registry}», созданный не программой. Программа хранит на листе с этим именем список созданных ею листов. ` +
    'Чтобы не потерять ваши данные, расчёт остановлен и ничего не изменено. Переименуйте этот лист и запустите расчёт снова.',
} as const;
