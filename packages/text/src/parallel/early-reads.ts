/// <reference types="node" />
import { rememberTerms, type RememberedTerms } from "../analyze.js";
import { textError } from "../errors.js";
import { resolveIndexOptions } from "../options.js";
import type { IndexOptions, TextDocument } from "../types.js";
import type { BuildJob } from "./build-jobs.js";
import { shareTexts } from "./shared-texts.js";
import type { TextWorkers } from "./text-workers.js";
import type { WorkerSession } from "./worker-session.js";

export interface EarlyReadsOptions {
  /** Documents sent to the worker at a time. */
  batchSize: number;
  /**
   * Batches sent that the worker has not started, at most: the others wait
   * here, unencoded, so that a busy (or still loading) worker costs this
   * thread no encoding of documents it will read itself.
   */
  ahead: number;
}

export const earlyReadsDefaults: EarlyReadsOptions = { batchSize: 100, ahead: 2 };

/**
 * Documents handed to a text worker while the input is still being parsed
 * (`add` them as the parser makes them, in order): the worker reads them
 * (tokenising, stemming: the bulk of building an index) on a core that would
 * otherwise wait, and keeps what it read for `buildIndexParallel`, which is
 * then given these documents first and reads the rest.
 *
 * Documents go in batches, each with a claim on shared memory: the worker
 * takes a batch when it gets to it; `close` takes back the ones it has not
 * started, which are then read with the rest, as are the documents never
 * sent (a batch is only sent when the worker is close to taking it). The
 * index is the same whoever reads what.
 */
export class EarlyReads {
  readonly options: Pick<IndexOptions, "phrases" | "keywordBoost">;
  private readonly session: WorkerSession;
  private readonly settings: EarlyReadsOptions;
  /** Documents not sent yet, from `waitingFrom` on. */
  private waiting: TextDocument[] = [];
  private waitingFrom = 0;
  /** Per batch sent: its documents' ids and its claim (0 free, 1 taken by the worker, 2 taken back). */
  private readonly sent: { ids: string[]; claim: Int32Array }[] = [];
  private closed: { documents: number; ids: string[] } | null = null;
  private termsAsked = false;

  /** Reads with the first worker of `workers`; `options` must be those the index is built with. */
  constructor(workers: TextWorkers, options: Partial<IndexOptions> = {}, settings: Partial<EarlyReadsOptions> = {}) {
    const [session] = workers.take(1);
    if (session === undefined) throw textError("EarlyReads needs a text worker: start TextWorkers with a count of 1 or more.");
    this.session = session;
    const { phrases, keywordBoost } = resolveIndexOptions(options);
    this.options = { phrases, keywordBoost };
    this.settings = { ...earlyReadsDefaults, ...settings };
  }

  /** The next document of the corpus. */
  add(doc: TextDocument): void {
    if (this.closed !== null) throw textError("documents were added to EarlyReads after it was closed. Add them all before building the index.");
    this.waiting.push(doc);
    const { batchSize, ahead } = this.settings;
    if (this.waiting.length - this.waitingFrom >= batchSize && this.unstarted() < ahead) this.send(batchSize);
  }

  /**
   * Stops handing documents over and takes back the batches the worker has
   * not started: the worker reads the first `documents` documents (of these
   * `ids`), the caller the rest. Idempotent.
   */
  close(): { documents: number; ids: readonly string[] } {
    if (this.closed !== null) return this.closed;
    // The worker takes batches in order, so the batches it took are the first ones. Taken back
    // from the last one, so that it cannot take a later batch once an earlier one is taken back.
    let taken = this.sent.length;
    while (taken > 0 && Atomics.compareExchange(this.sent[taken - 1].claim, 0, 0, 2) === 0) taken--;
    const ids = this.sent.slice(0, taken).flatMap((batch) => batch.ids);
    this.waiting = [];
    this.closed = { documents: ids.length, ids };
    return this.closed;
  }

  /**
   * Asks the worker for the terms of the words it has read (once closed, so
   * that it is done reading early): this thread then reads those words
   * without stemming them again. See `settled`.
   */
  askTerms(): void {
    this.close();
    this.session.send({ kind: "remembered-terms" } satisfies BuildJob);
    this.termsAsked = true;
  }

  /**
   * The worker's answers to the batches (read or skipped), which come before
   * its answer to the next job; with `askTerms`, this thread then remembers
   * the terms the worker found.
   */
  async settled(): Promise<void> {
    for (let i = 0; i < this.sent.length; i++) await this.session.next<null>();
    if (this.termsAsked) rememberTerms(await this.session.next<RememberedTerms[]>());
    this.termsAsked = false;
  }

  /** Documents of the batches the worker has started so far (all of them read, or being read). */
  get taken(): number {
    let documents = 0;
    for (const { ids, claim } of this.sent) if (Atomics.load(claim, 0) === 1) documents += ids.length;
    return documents;
  }

  /** The worker reading the documents (the one `buildIndexParallel` must continue with). */
  get worker(): WorkerSession {
    return this.session;
  }

  /** Batches sent that the worker has not started (it takes them in order). */
  private unstarted(): number {
    let count = 0;
    while (count < this.sent.length && Atomics.load(this.sent[this.sent.length - 1 - count].claim, 0) === 0) count++;
    return count;
  }

  private send(size: number): void {
    const claim = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const docs = this.waiting.slice(this.waitingFrom, this.waitingFrom + size);
    this.waitingFrom += size;
    // Drop what was sent from the front of the queue now and then, not at every batch.
    if (this.waitingFrom > 4096) {
      this.waiting = this.waiting.slice(this.waitingFrom);
      this.waitingFrom = 0;
    }
    const job: BuildJob = { kind: "read-early", texts: shareTexts(docs, Int32Array.from(docs.keys())), claim, ...this.options };
    this.sent.push({ ids: docs.map((doc) => doc.id), claim });
    this.session.send(job);
  }
}
