/**
 * Every Russian text the Excel add-in itself shows (the core's messages come with its errors and
 * issues). One place, so wording stays consistent between the task pane and the ribbon command.
 */
import { counted, plural } from '../../core/index';

export const TEXT = {
  busy: 'Расчёт уже идёт. Дождитесь его окончания — повторный запуск не нужен.',
  reading: 'Чтение листов книги…',
  read: (tabs: number, rows: number) =>
    `Прочитано: ${tabs} ${plural(tabs, 'лист', 'листа', 'листов')}, ${rows} ${plural(rows, 'строка', 'строки', 'строк')}`,
  computing: 'Расчёт показателей…',
  writing: (done: number, total: number, rows: number) =>
    `Запись результатов: часть ${done} из ${total} (${rows} ${plural(rows, 'строка', 'строки', 'строк')})`,
  swapping: 'Замена прежних результатов новыми…',
  done: 'Готово',
  templateDone: (names: readonly string[]) => `Созданы листы: ${names.map((n) => `«${n}»`).join(', ')}. Заполните их и нажмите «Рассчитать показатели».`,
  templateNothing: 'Все листы шаблона уже есть в книге — ничего не изменено.',
  catalogueDone: (id: string, count: number) =>
    `Создан лист «Настройка показателей» из набора «${id}» (показателей: ${count}). Теперь расчёт берёт показатели с него: меняйте цели и условия, удаляйте и добавляйте строки. Программа этот лист не перезаписывает.`,
  catalogueExists: (name: string) =>
    `В книге уже есть лист «${name}» — это ваша настройка показателей, она не изменена. Чтобы создать её заново из набора, переименуйте или удалите этот лист.`,
  catalogueErrors: (n: number) =>
    `В листе «Настройка показателей» ${n} ${plural(n, 'ошибка', 'ошибки', 'ошибок')}: ${plural(n, 'эта строка пропущена', 'эти строки пропущены', 'эти строки пропущены')}. `,
  payloadTooLarge:
    'Книга слишком велика, чтобы Excel в браузере передал её за один запрос (ограничение 5 МБ), даже по частям. Уменьшите число столбцов или разделите книгу; ничего не изменено.',
  writeFailed: (detail: string) =>
    `Не удалось записать результаты: ${detail}. Прежние листы результатов сохранены без изменений, временные листы удалены.`,
  writeFailedDirty: (detail: string) =>
    `Не удалось записать результаты: ${detail}. Часть временных листов удалить не удалось: это скрытые листы, имя которых начинается с «_pedmonitor_»; следующий расчёт удалит их сам. Прежние листы результатов по-прежнему в книге (возможно, скрыты под именем «_pedmonitor_old_…»).`,
  cleanupFailed: (detail: string) =>
    `Результаты записаны, но не удалось удалить скрытые копии прежних результатов (${detail}). Это скрытые листы, имя которых начинается с «_pedmonitor_old_»; следующий расчёт удалит их сам.`,
  viewFailed: (names: readonly string[], detail: string, withPrint = false) =>
    `Результаты записаны, но Excel не применил ${withPrint ? 'закрепление строк заголовков, фильтр и параметры печати' : 'закрепление строк заголовков'} на ${names.length === 1 ? 'листе' : 'листах'} ${names.map((n) => `«${n}»`).join(', ')} (${detail}). ` +
    'Это только вид листа: закрепите строки сами (Вид → Закрепить области) или запустите расчёт ещё раз.',
  excelFailed: (detail: string) => `Excel не смог выполнить действие: ${detail}. Попробуйте ещё раз; если ошибка повторяется, сохраните книгу и перезапустите надстройку.`,
  unexpected: 'Непредвиденная ошибка надстройки. Попробуйте ещё раз; если ошибка повторяется, сохраните книгу и перезапустите надстройку.',
  noProblemsSheet: 'Листа «Проверка данных» пока нет: сначала выполните расчёт.',
  reportBuilding: 'Готовим аналитическую справку: чтение листов и расчёт показателей…',
  reportReady: (fileName: string, kb: number) =>
    `Аналитическая справка готова: «${fileName}» (${kb} КБ). Если сохранение не началось само, нажмите «Скачать справку». Листы книги не изменены.`,
  reportLink: (fileName: string) => `Скачать справку «${fileName}»`,
} as const;

/** Office.js error codes, explained in Russian (the rest is shown by code). */
export const OFFICE_ERROR_TEXT: Readonly<Record<string, string>> = {
  RequestPayloadSizeLimitExceeded: 'запрос превысил ограничение Excel в браузере (5 МБ)',
  ResponsePayloadSizeLimitExceeded: 'ответ превысил ограничение Excel в браузере (5 МБ)',
  ItemNotFound: 'лист или диапазон не найден (возможно, книгу изменили во время расчёта)',
  ItemAlreadyExists: 'лист с таким именем уже есть',
  InvalidArgument: 'неверный аргумент',
  InvalidOperation: 'операция недопустима в текущем состоянии книги',
  AccessDenied: 'нет доступа к книге (возможно, она открыта только для чтения или защищена)',
  InsertDeleteConflict: 'конфликт вставки или удаления',
  GeneralException: 'внутренняя ошибка Excel',
  EditModeCannotAcquireLock: 'Excel занят: завершите редактирование ячейки (нажмите Enter или Esc)',
  ActivityLimitReached: 'превышен лимит действий Excel',
  Unauthenticated: 'нужна повторная авторизация',
  PropertyNotLoaded: 'внутренняя ошибка надстройки (свойство не загружено)',
  ApiNotFound: 'эта версия Excel не поддерживает нужную функцию (нужны Excel 2021 или новее, Microsoft 365 или Excel в браузере; в других версиях работает файл pedmonitor.html)',
};

/** An Office.js error code without a description of its own. */
export const officeErrorCodeText = (code: string): string => `код ошибки Excel ${code}`;

/** Header of the registry's column B, where the ids of runs still writing are recorded. */
export const PENDING_HEADER = 'Незавершённая запись (служебное)';

/** The template's data checks: their title and what each says. */
export const TEMPLATE_CHECK = {
  title: 'Проверка значения',
  list: (values: readonly string[]) => `Выберите значение из списка: ${values.join(', ')}.`,
  longList: 'Выберите значение из раскрывающегося списка.',
  number: (min: number, max: number) => `Введите число от ${min} до ${max}.`,
  date: 'Введите дату, например 15.09.1985.',
} as const;

/** The task pane's own words: the run button and the summary. */
export const PANE = {
  run: 'Рассчитать показатели',
  running: 'Идёт расчёт…',
  summaryTitle: 'Итоги расчёта',
  summaryLead: (period: string, organizations: number, rows: number) =>
    `Период ${period} · ${counted(organizations, 'организация', 'организации', 'организаций')} · ${counted(rows, 'работник', 'работника', 'работников')}`,
  stats: { met: 'достигнуто', below: 'ниже цели', noData: 'нет данных' },
  criteria: (n: number, noTarget: number) => `Всего критериев: ${n}${noTarget > 0 ? `, из них без целевого значения: ${noTarget}` : ''}.`,
  problems: (n: number) => `Замечаний к данным: ${n}. `,
  openProblems: 'Открыть лист «Проверка данных»',
  noProblems: 'Замечаний к данным нет. ',
  problemsSheet: 'Лист «Проверка данных»',
  moreInProblems: 'Подробнее — лист «Проверка данных»',
  /** One line in the summary when this Excel lacks ExcelApi 1.9 (print setup and filters are set by hand). */
  printByHand:
    'Параметры печати и фильтры не заданы: эта версия Excel их не поддерживает. Перед печатью: Разметка страницы → Ориентация «Альбомная», Размер «A4», Вписать «Ширина: 1 страница», Печатать заголовки → «Сквозные строки» (строка заголовка таблицы); фильтр — Данные → Фильтр.',
} as const;
