/**
 * Intake's worker half, shared by the intake worker (My results) and the team worker: files
 * and pasted links become readings (src/lib/intake/readings.ts) off the main thread, with
 * progress in bytes read and rows checked.
 */
import { phrase } from '../../lib/scoring/phrase.ts';
import { emptyReading, fileTooLarge, readResultsFileInSteps, readShareLinks, type SourceReading } from '../../lib/intake/readings.ts';
import type { DefinitionsById } from '../../lib/results/definitions.ts';
import type { EarlierVersionsById } from '../../lib/results/history.ts';

export interface IntakeProgress {
  /** reading: bytes of a file; checking: rows or entries of a file; saving: results being kept. */
  phase: 'reading' | 'checking' | 'saving';
  /** The file name (or "Pasted links"); empty while saving. */
  source: string;
  done: number;
  total: number;
}

export type OnProgress = (progress: IntakeProgress) => void;

/** Calls `report` at most every 50 ms, and always for the last step of a phase. */
export function throttled(report: OnProgress): OnProgress {
  let last = 0;
  return (progress) => {
    const now = performance.now();
    if (progress.done < progress.total && now - last < 50) return;
    last = now;
    report(progress);
  };
}

/** Reads a file as text in chunks, reporting bytes read, so a large file shows progress. */
async function readText(file: File, onBytes: (bytes: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    read += value.byteLength;
    onBytes(read);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Every file's readings, then the pasted links'; never throws on what a file holds. `earlier`
 * are the earlier versions the site keeps, so results taken with one are read whole.
 */
export async function readSources(files: readonly File[], links: string, definitions: DefinitionsById, earlier: EarlierVersionsById, onProgress: OnProgress): Promise<SourceReading[]> {
  const report = throttled(onProgress);
  const readings: SourceReading[] = [];
  for (const file of files) {
    const tooLarge = fileTooLarge(file.name, file.size);
    if (tooLarge !== undefined) {
      readings.push(emptyReading(file.name, tooLarge));
      continue;
    }
    let text: string;
    try {
      text = await readText(file, (done) => report({ phase: 'reading', source: file.name, done, total: file.size }));
    } catch {
      readings.push(emptyReading(file.name, phrase('intake.reason.unreadable', { name: file.name })));
      continue;
    }
    const steps = readResultsFileInSteps(file.name, text, definitions, earlier);
    for (;;) {
      const next = steps.next();
      if (next.done) {
        readings.push(next.value);
        break;
      }
      report({ phase: 'checking', source: file.name, ...next.value });
    }
  }
  if (links.trim() !== '') readings.push(readShareLinks(links, definitions, earlier));
  return readings;
}
