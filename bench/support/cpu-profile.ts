import { existsSync, readdirSync, readFileSync } from "node:fs";
import { SourceMap, type SourceMapPayload } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where a server's time went, from the CPU profile node writes with --cpu-prof: the samples of a time
 * window, with each frame of the production build's minified chunks mapped back through the build's
 * source maps to the file it came from. Two views: the time spent in each part itself (a package, a
 * source file of the app, node's internals, garbage collection, system calls such as writing to a
 * socket, idle), and the time under each source file of the app (counted once per sample however deep
 * the file appears in the stack), which is how long its functions took with everything they called.
 *
 * The profiler samples the main thread by wall clock: a system call's share includes the time the
 * process waited for the CPU it handed over (on a small machine, writing to the database's socket wakes
 * the database and often yields the core to it).
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface TimeShare {
  part: string;
  ms: number;
  /** Of the window, in percent. */
  share: number;
}

export interface ProfileSummary {
  windowMs: number;
  /** Time spent in each part itself, largest first. */
  self: TimeShare[];
  /** Time under each of the app's own source files (with what they called), largest first. */
  underAppFile: TimeShare[];
}

const ROOT = process.cwd();

/** The newest profile node wrote into `dir` (the server's main thread). */
export function newestProfile(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f));
  // node names them CPU.<date>.<time>.<pid>.<thread>.<sequence>: the main thread is thread 0.
  const main = files.filter((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
  return (main.length ? main : files).sort().at(-1);
}

/** The source a frame of the build came from (through the chunk's source map), or its own file. */
function sourceLocator() {
  const maps = new Map<string, SourceMap | null>();
  const mapOf = (file: string): SourceMap | null => {
    if (!maps.has(file)) {
      const mapFile = `${file}.map`;
      maps.set(
        file,
        existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8")) as SourceMapPayload) : null,
      );
    }
    return maps.get(file)!;
  };
  return (frame: CallFrame): string | undefined => {
    if (!frame.url.startsWith("file://")) return frame.url || undefined;
    const file = fileURLToPath(frame.url);
    const map = mapOf(file);
    if (!map) return file;
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (!("originalSource" in entry) || !entry.originalSource) return file;
    return path.resolve(path.dirname(file), decodeURIComponent(entry.originalSource.replace(/^file:\/\//, "")));
  };
}

/** A package, an app source file, a node module, or one of V8's own entries. */
function partOf(frame: CallFrame, source: string | undefined): string {
  if (!source) {
    const name = frame.functionName;
    if (name === "(idle)") return "idle";
    if (name === "(garbage collector)") return "garbage collection";
    if (name.startsWith("(")) return `V8 ${name}`;
    return `native ${name}`;
  }
  if (source.startsWith("node:")) return `node ${source.slice(5).split("/")[0]}`;
  const inModules = source.lastIndexOf("node_modules/");
  if (inModules >= 0) {
    const [scope, name] = source.slice(inModules + "node_modules/".length).split("/");
    return scope!.startsWith("@") ? `${scope}/${name}` : scope!;
  }
  if (source.includes("/.next")) return "next (build runtime)";
  return path.relative(ROOT, source);
}

const isAppFile = (part: string) => /^(app|lib|components|scripts)\//.test(part);

/** The clock the profile's timestamps use (the system's monotonic clock, in microseconds), for its windows. */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

/** Sums the samples taken between `from` and `to` (monotonicMicros() read in any process of this machine). */
export function summarizeProfile(file: string, window: { from: number; to: number }): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const locate = sourceLocator();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const partOfNode = new Map<number, string>();
  const part = (id: number) => {
    let found = partOfNode.get(id);
    if (found === undefined) {
      const frame = nodes.get(id)!.callFrame;
      found = partOf(frame, locate(frame));
      partOfNode.set(id, found);
    }
    return found;
  };
  const { from, to } = window;

  const self = new Map<string, number>();
  const under = new Map<string, number>();
  let total = 0;
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i]!;
    time += delta;
    if (time < from || time > to) return;
    total += delta;
    self.set(part(id), (self.get(part(id)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const p = part(n);
      if (isAppFile(p) && !seen.has(p)) {
        seen.add(p);
        under.set(p, (under.get(p) ?? 0) + delta);
      }
    }
  });
  const shares = (map: Map<string, number>): TimeShare[] =>
    [...map]
      .map(([p, us]) => ({ part: p, ms: Math.round(us / 1000), share: Math.round((us / total) * 1000) / 10 }))
      .sort((a, b) => b.ms - a.ms);
  return { windowMs: Math.round(total / 1000), self: shares(self), underAppFile: shares(under) };
}

/** Prints the largest `top` of each view. */
export function printProfileSummary(title: string, summary: ProfileSummary, top = 15): void {
  const table = (rows: TimeShare[]) =>
    Object.fromEntries(rows.slice(0, top).map((r) => [r.part, { ms: r.ms, "%": r.share }]));
  console.log(`\n${title}: ${summary.windowMs} ms of the server's main thread, sampled`);
  console.log("Time spent in each part itself:");
  console.table(table(summary.self));
  console.log("Time under each of the app's source files (with everything they called):");
  console.table(table(summary.underAppFile));
}
