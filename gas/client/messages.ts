/**
 * Every Russian text of the Google Sheets sidebar page, in one place: the steps of a run, the
 * summary, the messages of a failed call. The page bundles this file and the core's one `plural`
 * only (never core/index.ts, which would bring the whole engine into the sidebar).
 */
import { plural } from '../../core/texts/ru/plural';

const q = (s: string): string => `«${s}»`;

export const PAGE = {
  missingElement: (id: string) => `нет элемента #${id}`,
  heading: { failed: 'Расчёт остановлен', done: 'Расчёт завершён', running: 'Идёт расчёт…' },
  steps: ['Чтение листов', 'Расчёт показателей', 'Запись результатов'],
  reading: (done: number, total: number, rows: number) => `листов: ${done} из ${total}, строк: ${rows}`,
  waiting: 'ожидание доступа к таблице',
  computed: (organizations: number, staff: number) => `организаций: ${organizations}, работников: ${staff}`,
  writingSheet: (n: number, total: number, sheet: string) => `лист ${n} из ${total}: ${q(sheet)}`,
  written: (done: number, total: number) => `листов: ${done} из ${total}`,
  summaryTitle: (period: string) => `Итоги за ${period}`,
  summaryLead: (preset: string, date: string) => `${preset}; дата отсчёта ${date}`,
  facts: {
    organizations: 'Организаций',
    rows: 'Учтено работников',
    criteria: 'Критериев',
    met: 'Достигнуто',
    below: 'Не достигнуто',
    noData: 'Нет данных',
    noTarget: 'Без целевого значения',
    recommendations: 'Адресных рекомендаций',
  },
  problems: (n: number) =>
    `${n} ${plural(n, 'проблема', 'проблемы', 'проблем')} в данных: ${plural(n, 'строка или значение не учтено', 'строки или значения не учтены', 'строк или значений не учтено')}.`,
  noProblems: 'Проблем в данных не найдено.',
  infos: (n: number) => ` Сведений: ${n}.`,
  catalogueErrors: (n: number) =>
    `В листе «Настройка показателей» ${n} ${plural(n, 'ошибка', 'ошибки', 'ошибок')}: ${plural(n, 'эта строка пропущена', 'эти строки пропущены', 'эти строки пропущены')}.`,
  openProblems: 'Открыть лист «Проверка данных»',
  sheetsWritten: (names: readonly string[], seconds: number) => `Записаны листы: ${names.map(q).join(', ')} · ${seconds} с`,
  callFailed: 'Не удалось выполнить действие в таблице. Проверьте подключение к интернету, обновите страницу и попробуйте ещё раз.',
  pageFailed: 'Что-то пошло не так на странице. Закройте панель и откройте её снова.',
  severalAccounts:
    'Google не пустил панель к таблице: так бывает, когда в браузере выполнен вход сразу в несколько аккаунтов Google ' +
    '(панель работает от имени основного аккаунта браузера, а таблица открыта в другом). ' +
    'Выберите в меню таблицы «Мониторинг → Рассчитать показатели» — так расчёт работает при любом числе аккаунтов. ' +
    'Чтобы работала и панель, откройте таблицу в окне, где выполнен вход только в один аккаунт (окно инкогнито или отдельный профиль браузера).',
} as const;
