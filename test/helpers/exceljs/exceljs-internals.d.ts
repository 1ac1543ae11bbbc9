/** The ExcelJS internals the command line touches (zip-text.ts, xlsx-cells.ts). */
declare module 'exceljs/lib/utils/zip-stream.js' {
  import type { EventEmitter } from 'node:events';
  export class ZipWriter extends EventEmitter {
    /** The readable side ExcelJS pipes to its output; ended with the archive's bytes. */
    stream: { end(chunk: Uint8Array): void };
    append(data: unknown, options: { name: string; base64?: boolean }): void;
    finalize(): Promise<void>;
  }
  const ZipStream: { ZipWriter: typeof ZipWriter };
  export default ZipStream;
}

declare module 'exceljs/lib/utils/xml-stream.js' {
  /** ExcelJS's XML writer: fragments collected and joined into one text. */
  export default class XmlStream {
    /** Appends ready XML, first closing an open start tag. */
    writeXml(xml: string): void;
  }
}

declare module 'exceljs/lib/xlsx/xform/sheet/cell-xform.js' {
  import type XmlStream from 'exceljs/lib/utils/xml-stream.js';
  /** Writes one prepared cell model into a sheet's XML. */
  export default class CellXform {
    render(xmlStream: XmlStream, model: unknown, options?: unknown): void;
  }
}
