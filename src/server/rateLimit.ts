/** A token bucket: `capacity` at once, refilled at `perSecond`. Time is injectable for tests. */
export class Bucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.last = now();
  }
  take(n = 1): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }
}

/** Buckets by key (an IP address), forgetting keys unused for a while so memory stays bounded. */
export class KeyedBuckets {
  private readonly buckets = new Map<string, { bucket: Bucket; used: number }>();
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}
  take(key: string): boolean {
    const t = this.now();
    let entry = this.buckets.get(key);
    if (!entry) {
      if (this.buckets.size > 10_000) this.sweep(t);
      entry = { bucket: new Bucket(this.capacity, this.perSecond, this.now), used: t };
      this.buckets.set(key, entry);
    }
    entry.used = t;
    return entry.bucket.take();
  }
  private sweep(t: number): void {
    const idle = (this.capacity / this.perSecond) * 1000;
    for (const [k, v] of this.buckets) if (t - v.used > idle) this.buckets.delete(k);
  }
}
