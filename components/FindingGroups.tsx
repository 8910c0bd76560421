import { KIND_LABELS } from '@/lib/report';
import type { FindingKind } from '@/lib/types';
import { FindingItem, type FindingView } from './FindingItem';

/** Findings grouped by kind; a group's place follows its most important finding. */
export function FindingGroups({ views, onShow }: { views: FindingView[]; onShow?: (id: number) => void }) {
  const groups = new Map<FindingKind, FindingView[]>();
  for (const view of views) groups.set(view.finding.kind, [...(groups.get(view.finding.kind) ?? []), view]);
  if (groups.size === 0) return null;
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title" class="section-title">
        What the article says
      </h2>
      {[...groups].map(([kind, items]) => (
        <section key={kind} class="finding-group" data-group-kind={kind} aria-label={KIND_LABELS[kind]}>
          <h3 class="group-title">
            <span class="kind-swatch" data-kind={kind} aria-hidden="true" />
            {KIND_LABELS[kind]}
            {items.length > 1 && <span class="group-count"> · {items.length}</span>}
          </h3>
          <ul class="finding-list">
            {items.map((view) => (
              <FindingItem key={view.id} view={view} onShow={onShow} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
