/**
 * What the user reads when a file cannot be read or written as an .xlsx: one Russian message per
 * fault (fault.ts), naming the file and, where it helps, the part or the sheet, and saying what to
 * do. Shared by the command line and the offline page.
 */
/** The faults of the .xlsx layer (cli/xlsx/fault.ts throws them), each with its message below. */
export type XlsxFaultKind =
  /** Excel 97–2003 (.xls, an OLE2 compound file without encryption streams). */
  | 'xls'
  /** An OLE2 compound file holding an encrypted OOXML package: a password-protected .xlsx. */
  | 'password'
  /** An OpenDocument spreadsheet (.ods). */
  | 'ods'
  /** Text: CSV or another delimited export. */
  | 'csv'
  /** Neither a ZIP nor a known format. */
  | 'not-zip'
  /** The ZIP's structure ends early or points outside the file. */
  | 'truncated'
  /** A ZIP, but not a spreadsheet package (no workbook part). */
  | 'not-workbook'
  /** A part whose data cannot be unpacked (bad deflate stream, unknown method, encrypted entry). */
  | 'bad-part'
  /** A part that unpacks past the bound. */
  | 'too-big'
  /** Malformed XML in a part. */
  | 'bad-xml'
  /** A DTD or an entity declaration (entity expansion attempts). */
  | 'dtd'
  /** A cell address past XFD1048576. */
  | 'bad-address'
  /** More cells than the bound. */
  | 'too-many-cells'
  /** Writing: the package would need ZIP64 (over 4 GB or 65,535 parts). */
  | 'zip64';

/** What a message needs of a fault (cli/xlsx/fault.ts's XlsxFault has this shape). */
export interface XlsxFaultText {
  readonly kind: XlsxFaultKind;
  readonly where: string | null;
  readonly detail: string | null;
  readonly sheet: string | null;
}

const q = (s: string): string => `«${s}»`;

const SAVE_AS = 'Откройте файл в Excel, LibreOffice или Р7-Офис и сохраните как «Книга Excel (*.xlsx)».';

/** Sizes in the messages: megabytes, rounded. */
function mb(bytes: string | null): string {
  const n = Number(bytes);
  return Number.isFinite(n) ? `${Math.round(n / (1024 * 1024)).toLocaleString('ru-RU')} МБ` : 'слишком много';
}

export const XLSX_TEXT = {
  /** The file's name in messages when the caller gives none. */
  defaultLabel: 'книга.xlsx',
  read(file: string, f: XlsxFaultText): string {
    const where = (f.where ? ` ${q(f.where)}` : '') + (f.sheet !== null && f.sheet !== f.where ? ` (лист ${q(f.sheet)})` : '');
    switch (f.kind) {
      case 'xls':
        return `Файл ${q(file)} — книга старого формата Excel 97–2003 (.xls), а программа читает только .xlsx. ${SAVE_AS}`;
      case 'password':
        return `Файл ${q(file)} защищён паролем: программа не может его прочитать. Откройте книгу в Excel, снимите пароль (Файл → Сведения → Защитить книгу → Зашифровать с использованием пароля → пустой пароль) и сохраните как .xlsx.`;
      case 'ods':
        return `Файл ${q(file)} — таблица OpenDocument (.ods), а программа читает только .xlsx. В LibreOffice или МойОфис выберите «Сохранить как» → «Книга Excel 2007–365 (.xlsx)».`;
      case 'csv':
        return `Файл ${q(file)} — текстовый файл (CSV или выгрузка), а не книга Excel. Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (*.xlsx)»: каждая организация — отдельный лист.`;
      case 'not-zip':
        return `Файл ${q(file)} — не книга Excel .xlsx. ${SAVE_AS}`;
      case 'truncated':
        return `Файл ${q(file)} повреждён: он обрывается или его оглавление указывает за конец файла (возможно, файл скачан или скопирован не полностью). Откройте исходную книгу и сохраните её заново.`;
      case 'not-workbook':
        return `Файл ${q(file)} — архив ZIP, но не книга Excel: в нём нет листов (возможно, это документ Word или другой архив). ${SAVE_AS}`;
      case 'bad-part':
        return `Файл ${q(file)} повреждён: часть${where} не распаковывается. Откройте книгу в Excel (он предложит восстановить её) и сохраните заново.`;
      case 'too-big':
        return `Файл ${q(file)} не прочитан: часть${where} распаковывается в ${mb(f.detail)} — больше, чем допустимо для одной части книги (так выглядит «ZIP-бомба» или повреждённый файл). Если книга настоящая, разделите её на несколько файлов.`;
      case 'bad-xml':
        return `Файл ${q(file)} повреждён: в части${where} ошибка разметки XML. Откройте книгу в Excel или LibreOffice и сохраните заново.`;
      case 'dtd':
        return `Файл ${q(file)} не прочитан: часть${where} содержит объявление DTD или сущностей XML, чего в книгах Excel не бывает (так выглядит попытка атаки). Сохраните книгу заново в Excel или LibreOffice.`;
      case 'bad-address':
        return `Файл ${q(file)} не прочитан: на листе ${q(f.sheet ?? f.where ?? '')} есть ячейка за пределами листа Excel (${f.detail ?? ''}; наибольшая — XFD1048576). Сохраните книгу заново в Excel или LibreOffice.`;
      case 'too-many-cells':
        return `Файл ${q(file)} не прочитан: в книге больше ячеек, чем программа может обработать за один раз (лист ${q(f.sheet ?? f.where ?? '')}). Разделите книгу на несколько файлов и рассчитайте их вместе: pedmonitor compute <папка>.`;
      case 'zip64':
        return `Файл ${q(file)}: книга слишком велика для файла .xlsx (больше 4 ГБ или 65 535 частей).`;
    }
  },
};
