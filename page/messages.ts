/**
 * Every Russian text pedmonitor.html itself shows (the core's messages come with its errors and
 * issues, unchanged): progress lines, the summary, the downloads, the page's own errors. One place,
 * so the wording matches the task pane's and the command line's.
 */
import { plural } from '../core/index';

const n = (k: number, one: string, few: string, many: string): string => `${k} ${plural(k, one, few, many)}`;

export const PAGE_TEXT = {
  title: 'Мониторинг педагогов',
  documentTitle: 'Мониторинг педагогов — расчёт показателей',
  subtitle: 'Расчёт показателей профессионального развития по книге .xlsx — прямо в браузере, без интернета',
  dropHere: 'Перетащите сюда книгу .xlsx',
  or: 'или',
  choose: 'Выберите файл',
  chosen: (name: string, size: number) => `Книга: «${name}» (${sizeText(size)})`,
  presetLabel: 'Набор показателей',
  periodLabel: 'Отчётный период',
  periodPlaceholder: 'как в листе «Настройки»',
  defaultsHint: 'По умолчанию — значения листа «Настройки» книги. Изменили — нажмите «Рассчитать заново».',
  run: 'Рассчитать показатели',
  rerun: 'Рассчитать заново',
  running: 'Идёт расчёт…',
  chooseFirst: 'Сначала выберите книгу .xlsx.',
  reading: 'Чтение книги…',
  read: (tabs: number, rows: number) => `Прочитано: ${n(tabs, 'лист организации', 'листа организаций', 'листов организаций')}, ${n(rows, 'строка', 'строки', 'строк')}`,
  computing: 'Расчёт показателей…',
  writing: 'Запись листов результатов в книгу…',
  report: 'Аналитическая справка и файл результата…',
  done: (ms: number) => `Готово за ${secondsText(ms)}`,
  summaryTitle: 'Итоги расчёта',
  summaryLine: (period: string, orgs: number, rows: number) =>
    `Период ${period} · ${n(orgs, 'организация', 'организации', 'организаций')} · ${n(rows, 'работник', 'работника', 'работников')}`,
  presetLine: (id: string, title: string, date: string) => `Набор «${title}» (${id}), дата отсчёта ${date}`,
  met: 'достигнуто',
  below: 'ниже цели',
  noData: 'нет данных',
  criteria: (total: number, noTarget: number) => `Всего критериев: ${total}${noTarget > 0 ? `, из них без целевого значения: ${noTarget}` : ''}.`,
  problems: (count: number) => `Замечаний к данным: ${count}. `,
  noProblems: 'Замечаний к данным нет. ',
  problemsLink: 'Открыть список «Проверка данных»',
  catalogueErrors: (k: number) =>
    `В листе «Настройка показателей» ${n(k, 'ошибка', 'ошибки', 'ошибок')}: ${plural(k, 'эта строка пропущена', 'эти строки пропущены', 'эти строки пропущены')}. `,
  problemsTitle: 'Проверка данных',
  problemsShown: (shown: number, total: number) => `Показаны первые ${shown} из ${total}; полный список — на листе «Проверка данных» в скачанной книге.`,
  problemsHead: ['Важность', 'Лист', 'Строка', 'Столбец', 'Значение', 'Что не так'] as const,
  severity: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' } as const,
  downloadsTitle: 'Скачать результаты',
  downloadWorkbook: 'Книга с листами результатов (.xlsx)',
  downloadWorkbookHint: 'Ваши листы без изменений и листы «Показатели», «Сводка», «Рекомендации», «Проверка данных», «История».',
  downloadReport: 'Аналитическая справка (.html)',
  downloadReportHint: 'Для сайта управления образования и печати; открывается в любом браузере.',
  downloadJson: 'Результат расчёта (.json)',
  downloadJsonHint: 'Для объединения итогов муниципалитетов (pedmonitor merge) и других программ.',
  workbookName: (base: string) => `${base} — результаты.xlsx`,
  reportName: (base: string) => `${base} — справка.html`,
  jsonName: (base: string) => `${base} — результат.json`,
  templateTitle: 'Новая книга',
  templateText:
    'Пустая книга мониторинга: листы «Настройки», «Организации», «Муниципалитет» и «Пример ОО» с заголовками и выпадающими списками. Скопируйте лист «Пример ОО» для каждой организации.',
  template: 'Создать шаблон',
  templateName: 'Мониторинг педагогов — шаблон.xlsx',
  templateDone: 'Шаблон скачан: заполните его в Excel, LibreOffice, Р7-Офис или МойОфис и перетащите сюда.',
  privacy: 'Книга обрабатывается только на этом компьютере: страница ничего не отправляет в интернет и работает без него.',
  busy: 'Расчёт уже идёт. Дождитесь его окончания.',
  notXlsxName: (name: string) =>
    `Файл «${name}» — не книга .xlsx. Откройте его в Excel, LibreOffice, Р7-Офис или МойОфис и сохраните как «Книга Excel (*.xlsx)».`,
  tooMany: 'Перетащите одну книгу .xlsx: несколько файлов за раз страница не рассчитывает.',
  emptyFile: (name: string) => `Файл «${name}» пустой (0 байт). Выберите сохранённую книгу .xlsx.`,
  unreadableFile: (name: string) => `Браузер не смог прочитать файл «${name}». Возможно, он открыт в другой программе или удалён; выберите его ещё раз.`,
  oldBrowser:
    'Этот браузер слишком старый для страницы: он не умеет распаковывать книги .xlsx. Обновите его или откройте pedmonitor.html в Яндекс Браузере, Chrome или Edge версии 103 и новее, Firefox 113 и новее.',
  noWorker:
    'Браузер не разрешил странице фоновый расчёт (Web Worker). Откройте pedmonitor.html в современном браузере: Яндекс Браузер, Chrome, Edge или Firefox.',
  workerCrashed:
    'Расчёт прервался: браузеру не хватило памяти или он остановил фоновый расчёт. Закройте лишние вкладки и повторите; для очень больших книг используйте командную строку pedmonitor.',
  outOfMemory:
    'Браузеру не хватило памяти для этой книги. Закройте лишние вкладки и повторите; для очень больших книг используйте командную строку pedmonitor.',
  unexpected: (reason: string) => `Непредвиденная ошибка: ${reason}. Данные не изменены; сообщите о ней разработчикам.`,
  version: (v: string) => `pedmonitor ${v}.`,
  noscript: 'Для расчёта включите JavaScript: страница считает всё у вас в браузере и ничего не отправляет в интернет.',
} as const;

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} КБ`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}

function secondsText(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(1).replace('.', ',') : Math.round(s)} с`;
}
