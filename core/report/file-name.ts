/**
 * The file name under which a host offers the analytical report for download (the Google Sheets
 * dialog, the Excel pane, the offline page): the same name everywhere, safe on Windows, macOS and
 * Linux — a period such as «2023/2024» must not become a folder.
 */
import { REPORT_FILE_STEM } from '../texts/ru/report';

export function reportFileName(period: string): string {
  const safe = period
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 60);
  return `${REPORT_FILE_STEM}${safe ? ` ${safe}` : ''}.html`;
}
