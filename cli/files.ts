/**
 * File-system guards of the command line, kept apart from the commands: reading the input without
 * ever opening it for writing, recognising that two paths are the same file, refusing to
 * overwrite without --force, and writing through a temporary file in the target's own folder plus
 * a rename, so a failed run leaves neither a half-written file nor a damaged previous one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, write, writeSync } from 'node:fs';
import path from 'node:path';
import { pedmonitorError } from '../core/index';
import { usageError } from './args';
import { writeJsonText } from './json-text';
import { Utf8Blocks } from './utf8-blocks';
import { CLI_MSG, FILE_REASON } from './messages';

/** The whole input file, read once (the program never opens it for writing). */
export function readInputFile(file: string): Buffer {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    if (isCode(e, 'ENOENT') || isCode(e, 'ENOTDIR')) throw pedmonitorError('file-not-found', CLI_MSG.fileNotFound(file), e);
    throw pedmonitorError('file-not-found', CLI_MSG.unreadable(file, reasonOf(e)), e);
  }
  if (!stat.isFile()) throw pedmonitorError('file-not-found', CLI_MSG.notAFile(file));
  try {
    return readFileSync(file);
  } catch (e) {
    throw pedmonitorError('file-not-found', CLI_MSG.unreadable(file, reasonOf(e)), e);
  }
}

/** True when both paths name the same file (same inode, or the same resolved path). */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
  } catch {
    // one of them does not exist yet: compare the paths
  }
  return canonical(a) === canonical(b);
}

function canonical(file: string): string {
  const abs = path.resolve(file);
  try {
    return path.join(realpathSync(path.dirname(abs)), path.basename(abs));
  } catch {
    return abs;
  }
}

/** Throws unless `file` may be written: it must not be a folder, nor exist without --force. */
export function assertWritable(file: string, option: string, force: boolean): void {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return;
  }
  if (stat.isDirectory()) throw pedmonitorError('write-failed', CLI_MSG.outIsDirectory(option, file));
  if (!force) throw pedmonitorError('write-failed', CLI_MSG.outExists(option, file));
}

/** A write prepared in a temporary file next to its target, to be committed by a rename. */
export interface StagedFile {
  readonly target: string;
  readonly temp: string;
}

/**
 * A value to be written as its JSON text — `JSON.stringify(json, null, 2)` and a line break — in
 * pieces (json-text.ts): a result file may be longer than any one string can be.
 */
export interface JsonContent {
  readonly json: unknown;
}

/** What a file is written from. */
export type FileContent = Uint8Array | string | JsonContent;

/** Writes `data` to a temporary file in the target's folder (created when missing). */
export function stageFile(target: string, data: FileContent): StagedFile {
  const dir = path.dirname(path.resolve(target));
  const temp = tempPathFor(target);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, 'wx');
    try {
      const writeAll = (bytes: Uint8Array): void => {
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      };
      if (typeof data === 'string') writeAll(Buffer.from(data, 'utf8'));
      else if (data instanceof Uint8Array) writeAll(data);
      else {
        // Each piece as it is made, encoded straight into blocks of bytes: joining pieces into
        // longer strings first would copy every character once more.
        const blocks = new Utf8Blocks(writeAll);
        writeJsonText(data.json, (piece) => blocks.put(piece), 1);
        blocks.put('\n');
        blocks.flush();
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    removeQuietly(temp);
    throw pedmonitorError('write-failed', CLI_MSG.writeFailed(target, reasonOf(e)), e);
  }
  return { target, temp };
}

/**
 * Stages `bytes` as stageFile does, but the bulk of the writing happens on libuv's thread pool:
 * the temporary file is opened now and the whole buffer handed to one asynchronous write, so the
 * caller's thread goes on with other work (the command line builds the result JSON meanwhile;
 * copying 25 MB into the file system takes this machine about 50 ms). Whatever the write left
 * undone, the sync to disk and the close follow when the caller next waits. Rejects with the
 * error stageFile would throw, having removed the temporary file.
 */
function stageFileAside(target: string, bytes: Uint8Array): Promise<StagedFile> {
  const temp = tempPathFor(target);
  const failure = (e: unknown): Error => {
    removeQuietly(temp);
    return pedmonitorError('write-failed', CLI_MSG.writeFailed(target, reasonOf(e)), e);
  };
  let fd: number;
  try {
    mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    fd = openSync(temp, 'wx');
  } catch (e) {
    return Promise.reject(failure(e));
  }
  const written = new Promise<number>((resolve, reject) => {
    write(fd, bytes, 0, bytes.length, null, (error, n) => (error ? reject(error) : resolve(n)));
  });
  return written.then(
    (n) => {
      try {
        for (let offset = n; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
        fsyncSync(fd);
      } catch (e) {
        closeQuietly(fd);
        throw failure(e);
      }
      closeSync(fd);
      return { target, temp };
    },
    (e: unknown) => {
      closeQuietly(fd);
      throw failure(e);
    },
  );
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

let tempCounter = 0;

/** A fresh hidden temporary file name in the target's folder (same file system, so rename is atomic). */
export function tempPathFor(target: string): string {
  const abs = path.resolve(target);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.${++tempCounter}.tmp`);
}

/** Renames every staged file onto its target; on failure removes the temporary files left. */
export function commitFiles(staged: readonly StagedFile[]): void {
  let i = 0;
  try {
    for (; i < staged.length; i++) renameSync(staged[i]!.temp, staged[i]!.target);
  } catch (e) {
    const failed = staged[i]!;
    discardFiles(staged.slice(i));
    throw pedmonitorError('write-failed', CLI_MSG.writeFailed(failed.target, reasonOf(e)), e);
  }
}

/**
 * Writes several files as one: each to a temporary file first, then all renamed into place, so a
 * failure on any of them leaves every target as it was and no temporary file behind.
 */
export function writeFilesTogether(files: readonly (readonly [target: string, data: FileContent])[]): void {
  commitFiles(stageAll(files));
}

/**
 * writeFilesTogether with one more file, `aside`, written first and mostly on the thread pool
 * (stageFileAside) while `files` are staged here: all of them or none.
 */
export async function writeFilesTogetherAside(aside: readonly [target: string, bytes: Uint8Array], files: readonly (readonly [target: string, data: FileContent])[]): Promise<void> {
  const pending = stageFileAside(aside[0], aside[1]);
  let staged: StagedFile[];
  try {
    staged = stageAll(files);
  } catch (e) {
    await pending.then((s) => discardFiles([s]), () => undefined);
    throw e;
  }
  let first: StagedFile;
  try {
    first = await pending;
  } catch (e) {
    discardFiles(staged);
    throw e;
  }
  commitFiles([first, ...staged]);
}

/** Every file staged, or none (what was staged before a failure is removed). */
function stageAll(files: readonly (readonly [target: string, data: FileContent])[]): StagedFile[] {
  const staged: StagedFile[] = [];
  try {
    for (const [target, data] of files) staged.push(stageFile(target, data));
  } catch (e) {
    discardFiles(staged);
    throw e;
  }
  return staged;
}

/** Removes the temporary files of writes that will not be committed. */
export function discardFiles(staged: readonly StagedFile[]): void {
  for (const s of staged) removeQuietly(s.temp);
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/** A short Russian reason for a file-system error. */
export function reasonOf(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const known = typeof code === 'string' && Object.hasOwn(FILE_REASON, code) ? FILE_REASON[code] : undefined;
  return known ?? (e instanceof Error ? e.message : String(e));
}

/** A file a command is asked to write, named by its option; undefined when it is not asked for. */
export interface Target {
  readonly file: string | undefined;
  readonly option: string;
}

/**
 * Refuses, before anything is read or written: a target that is one of the inputs (an input is
 * never overwritten), two targets that are one file, and an existing target without --force.
 * `isInput` words the first refusal (a workbook, or one of the files being merged).
 */
export function checkTargets(inputs: readonly string[], targets: readonly Target[], force: boolean, isInput: (option: string) => string = CLI_MSG.sameAsInput): void {
  const asked = targets.flatMap((t) => (t.file === undefined ? [] : [{ file: t.file, option: t.option }]));
  for (const input of inputs) {
    for (const t of asked) if (sameFile(t.file, input)) throw pedmonitorError('write-failed', isInput(t.option));
  }
  for (let i = 0; i < asked.length; i++) {
    for (let j = i + 1; j < asked.length; j++) if (sameFile(asked[i]!.file, asked[j]!.file)) throw usageError(CLI_MSG.outEqualsJson);
  }
  for (const t of asked) assertWritable(t.file, t.option, force);
}
