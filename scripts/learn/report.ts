import { confusion } from '../../lib/stance/metrics';

export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Accuracy, per-class precision, recall and F1, macro-F1 and the confusion matrix (rows gold). */
export function classify(classes: readonly string[], gold: readonly number[], predicted: readonly number[]) {
  const matrix = confusion([...gold], [...predicted], classes.length);
  const perClass: ClassFigures[] = matrix.map((row, c) => {
    const tp = row[c]!;
    const said = matrix.reduce((a, r) => a + r[c]!, 0);
    const support = row.reduce((a, b) => a + b, 0);
    const precision = said ? tp / said : 0;
    const recall = support ? tp / support : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  });
  const correct = matrix.reduce((a, row, c) => a + row[c]!, 0);
  return { accuracy: gold.length ? correct / gold.length : 0, macroF1: perClass.reduce((a, f) => a + f.f1, 0) / classes.length, perClass, matrix };
}

export type Classified = ReturnType<typeof classify>;

const f3 = (x: number) => x.toFixed(3);

/** The figures as a table a reader can scan. */
export function formatClassified(classes: readonly string[], r: Classified): string {
  const width = Math.max(9, ...classes.map((c) => c.length + 1));
  const lines = [
    `accuracy ${f3(r.accuracy)}   macro-F1 ${f3(r.macroF1)}`,
    `${''.padEnd(width)} precision  recall      F1  support`,
    ...classes.map((c, i) => {
      const f = r.perClass[i]!;
      return `${c.padEnd(width)}     ${f3(f.precision)}   ${f3(f.recall)}   ${f3(f.f1)}  ${String(f.support).padStart(7)}`;
    }),
    `confusion (rows gold, columns said)`,
    `${''.padEnd(width)}${classes.map((c) => c.padStart(width)).join('')}`,
    ...r.matrix.map((row, i) => `${classes[i]!.padEnd(width)}${row.map((n) => String(n).padStart(width)).join('')}`),
  ];
  return lines.join('\n');
}
