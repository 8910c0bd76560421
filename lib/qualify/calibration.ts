import type { Finding, FindingKind } from '../types';
import shipped from './calibration.json';

/** p = σ(a · logit(raw) + b): how a detector's raw strength maps to how often readers agree. */
interface Scale {
  a: number;
  b: number;
}

export interface Calibration {
  version: 1;
  /** What the scales were fitted on. */
  trainedOn: string;
  kinds: Partial<Record<FindingKind, Scale>>;
  /** The scale for kinds the labels had none of. */
  shared?: Scale;
}

/** Findings at or above this calibrated strength are shown: a reader would more likely agree than not. */
export const SHOW_THRESHOLD = 0.5;

const IDENTITY: Scale = { a: 1, b: 0 };
const EDGE = 1e-4;

/** A raw strength as the share of careful readers who would agree the finding bears on the headline. */
export function calibratedStrength(kind: FindingKind, raw: number, calibration: Calibration = shipped as Calibration): number {
  const { a, b } = calibration.kinds[kind] ?? calibration.shared ?? IDENTITY;
  const x = Math.min(1 - EDGE, Math.max(EDGE, raw));
  const p = 1 / (1 + Math.exp(-(a * Math.log(x / (1 - x)) + b)));
  return Math.round(p * 100) / 100;
}

/** The findings with their strengths calibrated, strongest first. */
export function calibrated(findings: Finding[], calibration?: Calibration): Finding[] {
  return findings
    .map((f) => ({ ...f, strength: calibratedStrength(f.kind, f.strength, calibration) }))
    .sort((x, y) => y.strength - x.strength);
}
