/** What an export holds, for its file name. */
export interface ExportFile {
  /** An assessment id, or "results" for a file of every assessment. */
  subject: string;
  /** The day the file is about: the result's date for one result, today for several. */
  date: Date;
  /** A result's label, for a file of one result. */
  label?: string;
  extension: 'json' | 'csv' | 'ics';
}

/** Lower-case letters and digits joined by single hyphens, at most 40 characters. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/** A file name that sorts by date and says what is inside, e.g. `touchline-pace-2026-03-01-q1-workshop.csv`. */
export function exportFileName(file: ExportFile): string {
  const day = Number.isNaN(file.date.getTime()) ? 'undated' : file.date.toISOString().slice(0, 10);
  const parts = ['touchline', slug(file.subject) || 'results', day, file.label ? slug(file.label) : ''];
  return `${parts.filter((part) => part !== '').join('-')}.${file.extension}`;
}
