/**
 * The managed checkpoint files of one directory and prefix (spec §7.6), in ascending mtime order.
 *
 * Every write of a run finishes later than the one before (the clock only moves forward and every
 * write takes the same time), and earlier runs' files are older still, so mtime order is write
 * order: appending keeps the list sorted, the oldest file is the head, and per-n retention's window
 * (files newer than now − n minutes) is a tail. A doubly linked list in typed arrays gives O(1)
 * appends and removals (also for a file overwritten in the middle) without an object per file.
 */
export const FLAG_EARLIER_RUN = 1;
export const FLAG_FAILED = 2;

export class FileStore {
  mtime = new Float64Array(16);
  step = new Float64Array(16);
  /** Index of the save that wrote the file in this run (−1 for earlier runs' files). */
  saveIndex = new Float64Array(16);
  flags = new Uint8Array(16);
  prev = new Int32Array(16);
  next = new Int32Array(16);
  head = -1;
  tail = -1;
  /** Managed files on disk, this run's and earlier runs' alike. */
  count = 0;
  private used = 0;
  private readonly free: number[] = [];
  /** File name → node, kept only when names can repeat (CPU sink, reused callbacks, earlier runs). */
  readonly byName: Map<string, number> | null;

  constructor(trackNames: boolean) {
    this.byName = trackNames ? new Map() : null;
  }

  /** Appends a file as the newest; returns its node. */
  append(mtime: number, step: number, saveIndex: number, flags: number): number {
    const node = this.free.length > 0 ? (this.free.pop() as number) : this.grow();
    this.mtime[node] = mtime;
    this.step[node] = step;
    this.saveIndex[node] = saveIndex;
    this.flags[node] = flags;
    this.prev[node] = this.tail;
    this.next[node] = -1;
    if (this.tail >= 0) this.next[this.tail] = node;
    else this.head = node;
    this.tail = node;
    this.count += 1;
    return node;
  }

  remove(node: number): void {
    const p = this.prev[node] as number;
    const n = this.next[node] as number;
    if (p >= 0) this.next[p] = n;
    else this.head = n;
    if (n >= 0) this.prev[n] = p;
    else this.tail = p;
    this.count -= 1;
    this.free.push(node);
  }

  private grow(): number {
    if (this.used === this.mtime.length) {
      const size = this.used * 2;
      this.mtime = resize(this.mtime, new Float64Array(size));
      this.step = resize(this.step, new Float64Array(size));
      this.saveIndex = resize(this.saveIndex, new Float64Array(size));
      this.flags = resize(this.flags, new Uint8Array(size));
      this.prev = resize(this.prev, new Int32Array(size));
      this.next = resize(this.next, new Int32Array(size));
    }
    const node = this.used;
    this.used += 1;
    return node;
  }
}

function resize<T extends Float64Array | Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
