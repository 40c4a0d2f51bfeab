/** Disjoint sets over the integers 0..size-1, with path halving and union by size. */
export class UnionFind {
  private readonly parent: Uint32Array;
  private readonly sizes: Uint32Array;

  constructor(size: number) {
    this.parent = new Uint32Array(size);
    this.sizes = new Uint32Array(size).fill(1);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(element: number): number {
    let current = element;
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]];
      current = this.parent[current];
    }
    return current;
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.sizes[rootA] < this.sizes[rootB]) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.sizes[rootA] += this.sizes[rootB];
  }
}
