/**
 * What the task pane says when Office itself does not start: office.js comes from Microsoft's CDN
 * (appsforoffice.microsoft.com), which some school and municipal networks block or throttle.
 * Kept apart from messages.ts so that boot.js, which runs before anything else, stays tiny.
 */
export const BOOT_TEXT = {
  blocked:
    'Не удалось загрузить библиотеку Office (office.js) с сервера Microsoft appsforoffice.microsoft.com: похоже, сеть учреждения блокирует этот адрес. ' +
    'Без этой библиотеки надстройка не может работать с книгой. Попросите администратора сети открыть доступ к appsforoffice.microsoft.com ' +
    'или рассчитайте показатели в файле pedmonitor.html — он работает без интернета.',
  slow:
    'Библиотека Office (office.js) не загрузилась за 10 секунд: сервер Microsoft appsforoffice.microsoft.com недоступен или отвечает очень медленно. ' +
    'Если загрузка всё же завершится, панель заработает сама. Если нет — попросите администратора сети открыть доступ к appsforoffice.microsoft.com ' +
    'или рассчитайте показатели в файле pedmonitor.html — он работает без интернета.',
  noAnswer:
    'Excel не ответил надстройке за 10 секунд. Закройте панель и откройте её снова; если не помогло, перезапустите Excel. ' +
    'Показатели можно рассчитать и в файле pedmonitor.html — он работает без интернета.',
  oldExcel:
    'Эта версия Excel не поддерживает функции, нужные надстройке (ExcelApi 1.8 и общая среда выполнения): нужен Excel 2021 или новее, ' +
    'Microsoft 365 или Excel в браузере. В Excel 2016 и 2019 откройте книгу в файле pedmonitor.html — он работает без интернета.',
} as const;
