/** The one ExcelJS internal the command line touches (zip-text.ts): the writer of .xlsx parts. */
declare module 'exceljs/lib/utils/zip-stream' {
  export class ZipWriter {
    append(data: unknown, options: { name: string; base64?: boolean }): void;
  }
  const ZipStream: { ZipWriter: typeof ZipWriter };
  export default ZipStream;
}
