/**
 * The team view's work, run in a worker (aggregate.worker.ts) so that reading thousands of
 * results never freezes the page: the collected results and their IndexedDB copy, imports,
 * filters, aggregation and the CSV export.
 */
import { definitionFor, type DefinitionsById } from '../../lib/results/definitions.ts';
import type { EarlierVersionsById } from '../../lib/results/history.ts';
import { migrateResult } from '../../lib/results/migrations.ts';
import type { SavedResult } from '../../lib/schema/saved-result.ts';
import { aggregateTeam, type TeamAggregate } from '../../lib/team/aggregate.ts';
import { aggregateToCsv } from '../../lib/team/csv.ts';
import { filterChoices, type TeamSelection } from '../../lib/team/filter.ts';
import { collect } from '../../lib/intake/collect.ts';
import { packReport } from '../../lib/intake/report.ts';
import { ResultSet } from '../../lib/intake/result-set.ts';
import { collectedList, type CollectedEntry } from '../../lib/team/collected.ts';
import { readingWithoutNotes, withoutItemNotes } from '../../lib/team/without-notes.ts';
import { teamProblem } from '../../lib/team/inputs.ts';
import { readSources, type OnProgress } from '../intake/read-sources.ts';
import { storageCause } from '../../lib/team/storage-failure.ts';
import { phrase, renderPhrase, type Phrase } from '../../lib/team/phrase.ts';
import { createTranslator } from '../../lib/i18n/translate.ts';
import type { Dictionary } from '../../lib/i18n/dictionary.ts';
import { openResultStore, type ResultStore } from './result-store.ts';
import type { CollectionState, TeamReplies, TeamRequest } from './team-protocol.ts';

export class TeamEngine {
  #definitions: DefinitionsById = {};
  /** Earlier versions the site keeps: their results join the pool on their unchanged items. */
  #earlier: EarlierVersionsById = {};
  #minGroupSize = 3;
  #collection = new ResultSet();
  #byAssessment = new Map<string, SavedResult[]>();
  #store: ResultStore | undefined;
  #kept = false;
  #note: Phrase | undefined;
  /** Ids of results that replaced an earlier result of the same person. */
  #corrected = new Set<string>();
  /** The last result taken out, for undo. */
  #removed: SavedResult | undefined;

  async handle(request: TeamRequest, report: OnProgress): Promise<TeamReplies[TeamRequest['type']]> {
    switch (request.type) {
      case 'open':
        return this.#open(request.definitions, request.earlier, request.databaseName, request.minGroupSize);
      case 'import':
        return this.#import(request.files, request.links, report);
      case 'aggregate':
        return this.#aggregate(request.selection);
      case 'csv':
        return this.#csv(request.assessmentId, request.selection, request.messages, request.lang);
      case 'clear':
        return this.#clear();
      case 'remove':
        return this.#remove(request.id);
      case 'undo':
        return this.#undo();
      case 'list':
        return this.#list();
    }
  }

  #state(): CollectionState {
    return {
      total: this.#collection.size,
      corrected: this.#collection.results.filter((result) => this.#corrected.has(result.id)).length,
      byAssessment: Object.fromEntries([...this.#byAssessment].map(([id, results]) => [id, results.length])),
      kept: this.#kept,
      ...(this.#note === undefined ? {} : { note: this.#note }),
      choices: filterChoices(this.#collection.results),
    };
  }

  /** Regroups the collection by assessment (after adding, correcting or removing). */
  #regroup(): void {
    this.#byAssessment.clear();
    for (const result of this.#collection.results) {
      const list = this.#byAssessment.get(result.assessment);
      if (list) list.push(result);
      else this.#byAssessment.set(result.assessment, [result]);
    }
  }

  async #open(definitions: DefinitionsById, earlier: EarlierVersionsById, databaseName: string, minGroupSize: number): Promise<CollectionState> {
    this.#definitions = definitions;
    this.#earlier = earlier;
    this.#minGroupSize = minGroupSize;
    try {
      this.#store = await openResultStore(databaseName);
      this.#kept = true;
    } catch (error) {
      this.#note = phrase('team.note.notKeeping', { cause: storageCause(error) });
      return this.#state();
    }
    let stored: unknown[] = [];
    try {
      stored = await this.#store.all();
      this.#corrected = new Set(await this.#store.corrections());
    } catch (error) {
      this.#note = phrase('team.note.unreadable', { cause: storageCause(error) });
    }
    let leftOut = 0;
    for (const record of stored) {
      const read = migrateResult(record);
      if (!read.ok || teamProblem(read.result, definitions, earlier) !== undefined || !this.#collection.add(withoutItemNotes(read.result)).added) leftOut += 1;
    }
    this.#regroup();
    if (leftOut > 0) {
      this.#note = phrase('team.note.leftOut', { count: leftOut });
    }
    return this.#state();
  }

  async #import(files: readonly File[], links: string, report: OnProgress): Promise<TeamReplies['import']> {
    const readings = (await readSources(files, links, this.#definitions, this.#earlier, report)).map(readingWithoutNotes);
    const { report: importReport, added, corrections } = collect(this.#collection, readings, { held: 'collected', accept: (result) => teamProblem(result, this.#definitions, this.#earlier) });
    for (const { later } of corrections) this.#corrected.add(later.id);
    // Records of results a correction replaced (under another id) go; one under the same id is overwritten.
    const replacedIds = corrections.map(({ earlier }) => earlier.id).filter((id) => !added.some((result) => result.id === id));
    this.#regroup();
    if (this.#store && added.length > 0) {
      report({ phase: 'saving', source: '', done: 0, total: added.length });
      try {
        // A corrected result's record goes in the same transaction as its correction, so a failure leaves both as they were.
        await this.#store.add(added, replacedIds);
        await this.#store.markCorrected(corrections.map(({ later }) => later.id));
      } catch (error) {
        this.#kept = false;
        this.#note = phrase('team.note.notKept', { cause: storageCause(error) });
      }
    }
    return { report: packReport(importReport), state: this.#state() };
  }

  #aggregates(selection: TeamSelection, only?: string): TeamAggregate[] {
    return Object.keys(this.#definitions).flatMap((assessmentId) => {
      const results = this.#byAssessment.get(assessmentId);
      const definition = definitionFor(this.#definitions, assessmentId);
      if (!results || !definition || (only !== undefined && only !== assessmentId)) return [];
      const earlier = Object.hasOwn(this.#earlier, assessmentId) ? this.#earlier[assessmentId] : undefined;
      return [aggregateTeam(results, definition, { assessmentId, minGroupSize: this.#minGroupSize, selection, ...(earlier ? { earlier } : {}) })];
    });
  }

  #aggregate(selection: TeamSelection): TeamReplies['aggregate'] {
    const started = performance.now();
    const aggregates = this.#aggregates(selection);
    return { aggregates, milliseconds: performance.now() - started };
  }

  /** The CSV's words (group names, why a figure is hidden) in the page's language: its strings come with the request. */
  #csv(assessmentId: string, selection: TeamSelection, messages: Dictionary, lang: string): string {
    const [aggregate] = this.#aggregates(selection, assessmentId);
    if (!aggregate) throw new Error(`There are no results of "${assessmentId}" to export.`);
    const t = createTranslator(lang, messages);
    return aggregateToCsv(aggregate, (value) => renderPhrase(t, lang, value));
  }

  /** Takes one result out of the collection (and the browser's copy); `undo` puts the last one back. */
  async #remove(id: string): Promise<CollectionState> {
    const removed = this.#collection.remove(id);
    if (!removed) throw new Error('That result is no longer in the collection.');
    this.#removed = removed;
    this.#regroup();
    await this.#keepChange(() => this.#store?.remove([id]));
    return this.#state();
  }

  async #undo(): Promise<CollectionState> {
    const removed = this.#removed;
    if (!removed) throw new Error('There is nothing to undo.');
    this.#removed = undefined;
    this.#collection.add(removed);
    this.#regroup();
    await this.#keepChange(async () => {
      await this.#store?.add([removed]);
      if (this.#corrected.has(removed.id)) await this.#store?.markCorrected([removed.id]);
    });
    return this.#state();
  }

  async #keepChange(change: () => Promise<void> | undefined): Promise<void> {
    try {
      await change();
    } catch (error) {
      this.#kept = false;
      this.#note = phrase('team.note.changeNotKept', { cause: storageCause(error) });
    }
  }

  #list(): CollectedEntry[] {
    return collectedList(this.#collection.results, this.#minGroupSize, this.#corrected);
  }

  async #clear(): Promise<CollectionState> {
    this.#collection.clear();
    this.#byAssessment.clear();
    this.#corrected.clear();
    this.#removed = undefined;
    this.#note = undefined;
    if (this.#store) {
      try {
        await this.#store.clear();
        this.#kept = true;
      } catch (error) {
        this.#note = phrase('team.note.notCleared', { cause: storageCause(error) });
      }
    }
    return this.#state();
  }
}
