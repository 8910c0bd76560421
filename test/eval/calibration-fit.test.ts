import { describe, expect, test } from 'vitest';
import { calibratedStrength } from '../../lib/qualify/calibration';
import { DEFAULT_FIT, fitCalibration, reliability, type CalibrationPoint } from '../../scripts/calibration/fit';

const points = (kind: CalibrationPoint['kind'], raw: number, agreed: number, of: number): CalibrationPoint[] =>
  Array.from({ length: of }, (_, i) => ({ kind, raw, agreed: i < agreed }));

describe('calibration fit', () => {
  test('strengths readers agree with more often than stated are raised, and less often lowered', () => {
    const fitted = fitCalibration([...points('attribution', 0.5, 45, 50), ...points('hedge', 0.5, 5, 50)], 'test', { ...DEFAULT_FIT, priorBias: 4, priorKind: 8 });
    expect(calibratedStrength('attribution', 0.5, fitted)).toBeGreaterThan(0.6);
    expect(calibratedStrength('hedge', 0.5, fitted)).toBeLessThan(0.4);
  });

  test('with the shipped prior, enough labels still move a kind', () => {
    const fitted = fitCalibration([...points('attribution', 0.5, 450, 500), ...points('hedge', 0.5, 50, 500)], 'test');
    expect(calibratedStrength('attribution', 0.5, fitted)).toBeGreaterThan(0.6);
    expect(calibratedStrength('hedge', 0.5, fitted)).toBeLessThan(0.4);
  });

  test('the prior keeps the detectors’ own strengths where the labels say little', () => {
    const fitted = fitCalibration(points('scope', 0.6, 1, 1), 'test');
    expect(Math.abs(calibratedStrength('scope', 0.6, fitted) - 0.6)).toBeLessThan(0.15);
  });

  test('a kind the labels never saw takes the shared scale', () => {
    const fitted = fitCalibration(points('hedge', 0.5, 40, 50), 'test');
    expect(calibratedStrength('quote', 0.5, fitted)).toBeCloseTo(calibratedStrength('quote', 0.5, { ...fitted, kinds: {} }), 5);
  });

  test('the order of strengths is kept within a kind', () => {
    const fitted = fitCalibration([...points('numbers', 0.3, 2, 10), ...points('numbers', 0.7, 8, 10)], 'test');
    expect(calibratedStrength('numbers', 0.7, fitted)).toBeGreaterThan(calibratedStrength('numbers', 0.3, fitted));
  });
});

describe('reliability bands', () => {
  test('count what was offered and how often readers agreed in each band', () => {
    const bands = reliability([
      { strength: 0.55, agreed: true },
      { strength: 0.58, agreed: false },
      { strength: 0.9, agreed: true },
    ]);
    const mid = bands.find((b) => b.lo === 0.5)!;
    expect(mid).toMatchObject({ count: 2, agreed: 1 });
    expect(bands.find((b) => b.lo === 0.8)).toMatchObject({ count: 1, agreed: 1 });
  });
});
