/**
 * Every Russian text the command line shows, in one place (style.md habit 4): usage, errors of
 * the command line itself and the lines of the summary. The core's own texts (data problems,
 * errors that stop a run) stay in core/messages.ts and reach the user unchanged.
 */

const q = (s: string): string => `«${s}»`;

import { counted } from '../core/index';


export const USAGE = {
  main: [
    'pedmonitor — расчёт показателей муниципального мониторинга профессионального развития педагогов',
    '',
    'Использование:',
    '  pedmonitor compute <книга.xlsx> [--out <файл.xlsx>] [--json <файл.json>] [--preset <набор>]',
    '                     [--period <период>] [--date <ГГГГ-ММ-ДД>] [--force]',
    '  pedmonitor compute <книга.xlsx | папка>... [--out …] [--json …] …   (несколько книг вместе)',
    '  pedmonitor merge <результат.json>... --out <регион.json> [--xlsx <регион.xlsx>] [--force]',
    '  pedmonitor demo [--dir <папка>] [--regenerate]',
    '  pedmonitor report <книга.xlsx> --out <справка.html> [--preset <набор>] [--period <период>]',
    '                    [--date <ГГГГ-ММ-ДД>] [--force]',
    '  pedmonitor catalog export <книга.xlsx> --out <файл.xlsx> [--preset <набор>] [--force]',
    '  pedmonitor help [команда]',
    '  pedmonitor --help | --version',
    '',
    'Команды:',
    '  compute   рассчитать показатели по книге .xlsx (сама книга не изменяется)',
    '  merge     объединить результаты муниципалитетов (JSON) в итоги региона',
    '  catalog   создать лист «Настройка показателей» из набора, чтобы менять показатели в самой книге',
    '  report    аналитическая справка по результатам мониторинга для сайта (файл .html)',
    '  demo      создать книгу-пример, рассчитать её и показать итоги',
    '  help      показать эту справку или справку по команде',
    '',
    'Подробнее: pedmonitor help compute',
  ].join('\n'),
  compute: [
    'Использование:',
    '  pedmonitor compute <книга.xlsx> [--out <файл.xlsx>] [--json <файл.json>] [--preset <набор>]',
    '                     [--period <период>] [--date <ГГГГ-ММ-ДД>] [--force]',
    '',
    'Читает книгу (по листу на организацию), рассчитывает показатели и печатает итоги.',
    'Исходная книга никогда не изменяется.',
    '',
    'Параметры:',
    '  --out <файл.xlsx>     записать копию книги с листами результатов («Показатели», «Проверка данных» и др.)',
    '  --json <файл.json>    записать результат в JSON («-» — вывести в консоль)',
    '  --preset <набор>      набор показателей (по умолчанию — из листа «Настройки» или alapaevsk-2024)',
    '  --period <период>     отчётный период, например 2023-2024',
    '  --date <ГГГГ-ММ-ДД>   дата отсчёта для расчёта возраста',
    '  --force               перезаписать существующие файлы --out и --json',
    '  -h, --help            показать эту справку',
    '',
    'Несколько книг или папка (все книги .xlsx в ней) рассчитываются вместе, как одна книга:',
    '  pedmonitor compute город1.xlsx город2.xlsx --json регион.json',
    '  pedmonitor compute <папка> --out <итоги.xlsx>',
    'Организации с одинаковыми названиями в разных книгах получают приставку — имя файла',
    '(«город1 — МАОУ СОШ №1»). Листы «Организации» объединяются, «Муниципалитет» — сводится',
    '(«да», если «да» хотя бы в одной книге; числа складываются), «Настройки» берутся из первой книги.',
    'В --out записываются только листы результатов (исходные книги не копируются и не изменяются).',
    '',
    'Коды завершения: 0 — расчёт выполнен (даже с предупреждениями), 1 — ошибка во входных данных',
    'или файлах, 2 — неверная командная строка.',
  ].join('\n'),
  merge: [
    'Использование:',
    '  pedmonitor merge <результат.json>... --out <регион.json> [--xlsx <регион.xlsx>] [--force]',
    '',
    'Объединяет файлы результатов муниципалитетов (pedmonitor compute --json) в итоги региона —',
    'точно так же, как если бы все книги были рассчитаны вместе: по каждому показателю складываются',
    'числители и знаменатели (доля по региону — отношение сумм), количества, суммы и численности',
    'для средних, числа организаций для долей организаций. Для показателей наличия («да/нет»)',
    'итог — доля муниципалитетов с ответом «да». Файл объединения можно снова объединять',
    '(регионы — в итоги страны). Муниципалитеты называются по именам файлов.',
    '',
    'Параметры:',
    '  --out <регион.json>   записать итоги региона в JSON (обязательно; «-» — вывести в консоль)',
    '  --xlsx <регион.xlsx>  записать лист «Показатели региона» с колонкой на каждый муниципалитет',
    '  --force               перезаписать существующие файлы',
    '  -h, --help            показать эту справку',
    '',
    'Коды завершения: 0 — итоги записаны, 1 — ошибка в файлах (например, разные наборы показателей',
    'или периоды), 2 — неверная командная строка.',
  ].join('\n'),
  report: [
    'Использование:',
    '  pedmonitor report <книга.xlsx> --out <справка.html> [--preset <набор>] [--period <период>]',
    '                    [--date <ГГГГ-ММ-ДД>] [--force]',
    '',
    'Рассчитывает показатели по книге и записывает «Аналитическую справку по результатам мониторинга',
    'состояния системы обеспечения профессионального развития педагогических работников» — одну',
    'страницу HTML для сайта: организации, треки с таблицами и диаграммами, динамика (если в книге',
    'есть лист «История» с прошлым периодом), рекомендации и управленческие решения, качество данных.',
    'Страница не загружает ничего из интернета и печатается на листах A4. Персональных данных в ней нет.',
    'Исходная книга никогда не изменяется.',
    '',
    'Параметры:',
    '  --out <справка.html>  файл справки (обязательно)',
    '  --preset <набор>      набор показателей (по умолчанию — из листа «Настройки» или alapaevsk-2024)',
    '  --period <период>     отчётный период, например 2023-2024',
    '  --date <ГГГГ-ММ-ДД>   дата отсчёта для расчёта возраста',
    '  --force               перезаписать существующий файл --out',
    '  -h, --help            показать эту справку',
    '',
    'Коды завершения: 0 — справка записана (даже с предупреждениями в данных), 1 — ошибка во входных',
    'данных или файлах, 2 — неверная командная строка.',
  ].join('\n'),
  demo: [
    'Использование:',
    '  pedmonitor demo [--dir <папка>] [--regenerate]',
    '',
    'Рассчитывает книгу-пример вымышленного муниципалитета <папка>/pedmonitor-example.xlsx',
    '(создаёт её, если её нет, или заново с --regenerate) в <папка>/out/pedmonitor-example-результаты.xlsx',
    'и <папка>/out/result.json (эти файлы перезаписываются) и печатает итоги. По умолчанию папка — examples.',
  ].join('\n'),
  catalog: [
    'Использование:',
    '  pedmonitor catalog export <книга.xlsx> --out <файл.xlsx> [--preset <набор>] [--force]',
    '',
    'Записывает в --out копию книги с новым листом «Настройка показателей»: по строке на показатель',
    '(код, трек, наименование, вид, группа, условие, целевое значение) и раздел для новых столбцов.',
    'Когда лист есть в книге, расчёт берёт показатели с него; меняйте его, как нужно (docs/catalogue.md).',
    'Исходная книга никогда не изменяется. Если лист уже есть, ничего не записывается.',
    '',
    'Параметры:',
    '  --out <файл.xlsx>     книга с листом «Настройка показателей» (обязательно)',
    '  --preset <набор>      набор показателей (по умолчанию — из листа «Настройки» или alapaevsk-2024)',
    '  --force               перезаписать существующий файл --out',
    '  -h, --help            показать эту справку',
  ].join('\n'),
  help: ['Использование:', '  pedmonitor help [команда]'].join('\n'),
} as const;

export const CLI_MSG = {
  unknownCommand: (name: string) => `Неизвестная команда ${q(name)}.`,
  noCommand: 'Не указана команда.',
  unknownOption: (name: string) => `Неизвестный параметр ${q(name)}.`,
  missingValue: (name: string) => `У параметра ${q(name)} не указано значение.`,
  flagWithValue: (name: string) => `Параметр ${q(name)} не принимает значения.`,
  repeatedOption: (name: string) => `Параметр ${q(name)} указан дважды.`,
  missingWorkbook: 'Не указана книга .xlsx для расчёта.',
  extraArgument: (value: string) => `Лишний аргумент ${q(value)}.`,
  badDate: (value: string) => `Дата ${q(value)} не распознана: укажите существующую дату в виде ГГГГ-ММ-ДД, например 2024-06-01.`,
  emptyValue: (name: string) => `Значение параметра ${q(name)} пустое.`,
  fileNotFound: (file: string) => `Файл ${q(file)} не найден. Проверьте путь к книге.`,
  notAFile: (file: string) => `${q(file)} — это не файл (возможно, папка). Укажите путь к книге .xlsx.`,
  unreadable: (file: string, reason: string) => `Не удалось прочитать файл ${q(file)}: ${reason}.`,
  xlsOld: (file: string) =>
    `Файл ${q(file)} — не книга .xlsx: это старый формат Excel 97–2003 (.xls) или книга, защищённая паролем. ` +
    'Откройте её в Excel и сохраните как «Книга Excel (*.xlsx)» без пароля.',
  notXlsx: (file: string) =>
    `Файл ${q(file)} — не книга Excel .xlsx (например, CSV или текст с другим расширением). ` +
    'Откройте его в Excel или Google Таблицах и сохраните как «Книга Excel (*.xlsx)».',
  brokenXlsx: (file: string) =>
    `Файл ${q(file)} не удалось прочитать как книгу Excel .xlsx: он повреждён или это другой документ в формате ZIP. ` +
    'Откройте его в Excel и сохраните заново как «Книга Excel (*.xlsx)».',
  sameAsInput: (option: string) =>
    `Файл ${option} совпадает с исходной книгой: исходная книга никогда не перезаписывается. Укажите другой файл.`,
  outEqualsJson: 'Для --out и --json указан один и тот же файл. Укажите разные файлы.',
  outExists: (option: string, file: string) =>
    `Файл ${q(file)} (${option}) уже существует и не перезаписан. Укажите другой файл или добавьте --force, чтобы перезаписать его.`,
  outIsDirectory: (option: string, file: string) => `${q(file)} (${option}) — это папка. Укажите путь к файлу.`,
  zipTooBig: 'книга слишком велика для файла .xlsx (больше 4 ГБ или 65 535 частей)',
  writeFailed: (file: string, reason: string) =>
    `Не удалось записать файл ${q(file)}: ${reason}. Ничего не записано, прежние файлы не изменены.`,
  catalogSubcommand: 'Укажите действие: pedmonitor catalog export <книга.xlsx> --out <файл.xlsx>.',
  unknownSubcommand: (name: string) => `Неизвестное действие ${q(name)}: доступно только «export».`,
  catalogMissingOut: 'Не указан файл для книги с листом «Настройка показателей»: добавьте --out <файл.xlsx>.',
  catalogueExists: (sheet: string) =>
    `В книге уже есть лист ${q(sheet)}: это ваша настройка показателей, программа её не заменяет. Ничего не записано. ` +
    'Чтобы создать лист заново из набора, переименуйте или удалите существующий.',
  unknownPreset: (id: string, known: readonly string[]) => `Неизвестный набор показателей ${q(id)}. Доступны: ${known.join(', ')}.`,
  unexpected: (reason: string) => `Непредвиденная ошибка: ${reason}. Сообщите о ней разработчикам.`,
  usageHint: 'Справка: pedmonitor --help',
} as const;

export const SUMMARY = {
  title: 'Расчёт выполнен.',
  preset: (id: string, title: string) => `Набор показателей: ${id} (${title})`,
  period: (period: string, date: string) => `Отчётный период: ${period}, дата отсчёта: ${date}`,
  organizations: (orgs: number, rows: number) =>
    `Организаций: ${orgs}, учтено строк работников: ${rows}`,
  criteria: (total: number, met: number, below: number, noTarget: number, noData: number) =>
    `Показателей: ${total} — достигнуто: ${met}, не достигнуто: ${below}, без целевого значения: ${noTarget}, нет данных: ${noData}`,
  problems: (errors: number, warnings: number, infos: number) =>
    `Проверка данных: ${errors > 0 ? `${counted(errors, 'ошибка', 'ошибки', 'ошибок')}, ` : ''}` +
    `${counted(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}, ${counted(infos, 'сведение', 'сведения', 'сведений')}` +
    (warnings + errors > 0 ? ' (подробности — на листе «Проверка данных» или в JSON)' : ''),
  catalogue: (errors: number) =>
    'Показатели взяты с листа «Настройка показателей»' +
    (errors > 0 ? `; ${counted(errors, 'строка не прочитана', 'строки не прочитаны', 'строк не прочитано')} — эти показатели не рассчитаны (лист «Проверка данных»)` : ''),
  recommendations: (n: number) => `Рекомендаций: ${n}${n > 0 ? ' (лист «Рекомендации» и JSON)' : ''}`,
  workbookWritten: (file: string) => `Книга с результатами: ${file}`,
  jsonWritten: (file: string) => `Результат в JSON: ${file}`,
  jsonStdout: 'Результат в JSON выведен в консоль.',
  nothingWritten: 'Файлы не записаны: чтобы сохранить результаты, укажите --out <файл.xlsx> и/или --json <файл.json>.',
  exampleWritten: (file: string) => `Книга-пример: ${file}`,
  firstProblems: (shown: number, total: number) =>
    total > shown ? `Первые ${shown} из ${total} замечаний к данным:` : `Замечания к данным:`,
  problemLine: (severity: string, place: string, message: string) => `  [${severity}] ${place}: ${message}`,
  problemSheet: (sheet: string) => (sheet ? `лист ${q(sheet)}` : 'вся книга'),
  problemRow: (row: number) => `строка ${row}`,
  problemRows: (rows: string) => `строки ${rows}`,
  problemColumn: (column: string) => `столбец ${q(column)}`,
  problemsWhere: (workbook: string | undefined, json: string | undefined) =>
    workbook
      ? `Полный список — на листе «Проверка данных» в книге ${workbook}${json ? ` и в ${json}` : ''}.`
      : json
        ? `Полный список — в ${json} (раздел issues); лист «Проверка данных» появится в книге, если указать --out <файл.xlsx>.`
        : 'Полный список — на листе «Проверка данных»: укажите --out <файл.xlsx>, чтобы его получить.',
  shortfallTitle: 'Наибольшее отставание от целевых значений (по муниципалитету):',
  shortfallNone: 'Все показатели с числовым целевым значением достигнуты или не рассчитаны.',
  shortfallLine: (id: string, name: string, value: string, target: string, gap: string) =>
    `  ${id}  ${name}: ${value} при цели ${target} (отставание ${gap})`,
} as const;

export const CATALOG = {
  written: (file: string, id: string, title: string, criteria: number) =>
    `Книга с листом «Настройка показателей» записана: ${file}\nНабор: ${id} (${title}), показателей: ${criteria}.`,
  next: (file: string) =>
    `Измените лист в книге (цели, условия, новые строки) и рассчитайте её: pedmonitor compute ${JSON.stringify(file)} --out <результаты.xlsx>`,
} as const;

export const REPORT = {
  title: 'Аналитическая справка сформирована.',
  missingOut: 'Не указан файл справки: добавьте --out <справка.html>.',
  problems: (errors: number, warnings: number, infos: number) =>
    `Проверка данных: ${errors > 0 ? `${counted(errors, 'ошибка', 'ошибки', 'ошибок')}, ` : ''}` +
    `${counted(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}, ${counted(infos, 'сведение', 'сведения', 'сведений')}` +
    (warnings + errors > 0 ? ' (сводка — в разделе «Качество данных» справки)' : ''),
  written: (file: string) => `Справка: ${file}`,
} as const;

/** Several workbooks in one run (run/compute-many.ts). */
export const MANY_MSG = {
  emptyFolder: (folder: string) => `В папке ${q(folder)} нет книг .xlsx. Укажите папку с книгами организаций или сами книги.`,
  sameWorkbookTwice: (file: string) => `Книга ${q(file)} указана дважды.`,
  extraNotFound: (value: string) =>
    `Лишний аргумент ${q(value)}: такой книги или папки нет. Чтобы рассчитать несколько книг вместе, укажите существующие книги .xlsx или папку с ними.`,
  sources: (n: number, names: string) => `Книг рассчитано вместе: ${n} (${names})`,
  renamed: (n: number) =>
    `Организаций с одинаковыми названиями в разных книгах: ${n} — к их названиям добавлено имя файла`,
} as const;

/** `pedmonitor merge` (commands/merge.ts). */
export const MERGE = {
  missingInputs: 'Не указаны файлы результатов (.json) для объединения.',
  missingOut: 'Не указан файл итогов: добавьте --out <регион.json> (или --out - для вывода в консоль).',
  notJson: (file: string) => `Файл ${q(file)} не удалось прочитать как JSON: это не файл результатов pedmonitor.`,
  sameFile: (option: string) => `Файл ${option} совпадает с одним из объединяемых файлов. Укажите другой файл.`,
  title: 'Итоги объединены.',
  parts: (n: number, municipalities: number, names: string) => `Объединено файлов: ${n} (муниципалитетов: ${municipalities}): ${names}`,
  totals: (orgs: number, rows: number) => `Организаций: ${orgs}, учтено строк работников: ${rows}`,
  criteria: (total: number, met: number, below: number, noTarget: number, noData: number) =>
    `Показателей: ${total} — достигнуто: ${met}, не достигнуто: ${below}, без целевого значения: ${noTarget}, нет данных: ${noData}`,
  jsonWritten: (file: string) => `Итоги региона в JSON: ${file}`,
  xlsxWritten: (file: string) => `Лист «Показатели региона»: ${file}`,
} as const;

/** Short reasons for file-system errors, by Node's error code (files.ts). */
export const FILE_REASON: Readonly<Record<string, string>> = {
  ENOENT: 'папка не существует',
  EACCES: 'нет прав доступа',
  EPERM: 'нет прав доступа',
  ENOSPC: 'на диске нет места',
  EROFS: 'диск доступен только для чтения',
  EISDIR: 'это папка',
  EBUSY: 'файл занят другой программой (возможно, открыт в Excel)',
  // A folder on the way to the file is a file of the same name (mkdir gives EEXIST, open ENOTDIR).
  EEXIST: 'на пути к файлу вместо папки — файл с тем же именем',
  ENOTDIR: 'на пути к файлу вместо папки — файл с тем же именем',
};

/** The demo's result workbook, written beside the example. */
export const DEMO_RESULT_WORKBOOK = 'pedmonitor-example-результаты.xlsx';

/** "п.п." after a gap in percentage points. */
export const PP = 'п.п.';
