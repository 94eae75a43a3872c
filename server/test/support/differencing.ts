/**
 * What an admin could work out from every figure she was shown: each shown figure is an equation (a sum of unknown
 * atom cells equals the number), and a hidden cell is given away when those equations determine it. Gauss–Jordan
 * elimination to reduced row echelon form: a cell is determined exactly when some row has it as its only term.
 */
export class DifferencingAttacker {
  private readonly columns = new Map<string, number>();
  private readonly rows: { terms: Map<number, number>; value: number }[] = [];
  private solved: Map<number, number> | null = null;

  /** Σ (coefficient × cell) = value; a plain sum of cells when given names only. */
  learn(terms: readonly (string | readonly [string, number])[], value: number): void {
    const row = new Map<number, number>();
    for (const term of terms) {
      const [name, coefficient] = typeof term === 'string' ? [term, 1] : term;
      const column = this.columns.get(name) ?? this.columns.size;
      this.columns.set(name, column);
      row.set(column, (row.get(column) ?? 0) + coefficient);
    }
    this.rows.push({ terms: row, value });
    this.solved = null;
  }

  /** The value of a cell if the equations pin it down, else undefined. */
  determined(name: string): number | undefined {
    const column = this.columns.get(name);
    return column === undefined ? undefined : this.solve().get(column);
  }

  private solve(): Map<number, number> {
    if (this.solved) {
      return this.solved;
    }
    const width = this.columns.size;
    const matrix = this.rows.map(({ terms, value }) => {
      const dense = new Array<number>(width + 1).fill(0);
      terms.forEach((coefficient, column) => (dense[column] = coefficient));
      dense[width] = value;
      return dense;
    });
    const EPSILON = 1e-9;
    let pivotRow = 0;
    const pivots: number[] = [];
    for (let column = 0; column < width && pivotRow < matrix.length; column += 1) {
      const found = matrix.findIndex((row, index) => index >= pivotRow && Math.abs(row[column]!) > EPSILON);
      if (found < 0) {
        continue;
      }
      [matrix[pivotRow], matrix[found]] = [matrix[found]!, matrix[pivotRow]!];
      const pivot = matrix[pivotRow]!;
      const scale = pivot[column]!;
      for (let k = 0; k <= width; k += 1) {
        pivot[k] = pivot[k]! / scale;
      }
      matrix.forEach((row, index) => {
        const factor = row[column]!;
        if (index !== pivotRow && Math.abs(factor) > EPSILON) {
          for (let k = 0; k <= width; k += 1) {
            row[k] = row[k]! - factor * pivot[k]!;
          }
        }
      });
      pivots.push(column);
      pivotRow += 1;
    }
    this.solved = new Map();
    pivots.forEach((column, index) => {
      const row = matrix[index]!;
      const alone = row.every((coefficient, k) => k === column || k === width || Math.abs(coefficient) < EPSILON);
      if (alone) {
        this.solved!.set(column, Math.round(row[width]!));
      }
    });
    return this.solved;
  }
}
