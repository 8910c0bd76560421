import type { HistoryEntry } from '@/lib/history';
import { KIND_LABELS, KIND_ORDER, VERDICT_LABELS } from '@/lib/report';
import type { Settings } from '@/lib/settings';
import type { FindingKind } from '@/lib/types';

export interface OptionsViewProps {
  settings: Settings;
  history: HistoryEntry[];
  status: string;
  onKindShown: (kind: FindingKind, shown: boolean) => void;
  onColor: (kind: FindingKind, color: string) => void;
  onResetColors: () => void;
  onClearHistory: () => void;
}

/** Settings: which kinds to show, their highlight colours, and the recently checked articles. */
export function OptionsView(props: OptionsViewProps) {
  const { settings, history } = props;
  return (
    <main class="options">
      <h1>Fine Print settings</h1>
      <p class="hint">Everything here stays in this browser. Fine Print sends nothing anywhere.</p>

      <section aria-labelledby="kinds-title">
        <h2 id="kinds-title" class="section-title">
          Findings to show and their highlight colours
        </h2>
        <table class="kinds">
          <thead>
            <tr>
              <th scope="col">Kind of finding</th>
              <th scope="col">Show</th>
              <th scope="col">Colour</th>
            </tr>
          </thead>
          <tbody>
            {KIND_ORDER.map((kind) => (
              <tr key={kind} data-kind={kind}>
                <th scope="row" id={`kind-${kind}`}>
                  <span class="kind-sample" style={{ background: settings.colors[kind] }}>
                    {KIND_LABELS[kind]}
                  </span>
                </th>
                <td>
                  <input
                    type="checkbox"
                    aria-labelledby={`kind-${kind}`}
                    checked={settings.kinds[kind]}
                    onChange={(e) => props.onKindShown(kind, (e.currentTarget as HTMLInputElement).checked)}
                  />
                </td>
                <td>
                  <input
                    type="color"
                    aria-label={`Highlight colour for ${KIND_LABELS[kind]}`}
                    value={settings.colors[kind]}
                    onChange={(e) => props.onColor(kind, (e.currentTarget as HTMLInputElement).value)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" class="button" onClick={props.onResetColors}>
          Reset colours
        </button>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title" class="section-title">
          Recently checked articles
        </h2>
        {history.length === 0 ? (
          <p class="hint">No articles checked yet.</p>
        ) : (
          <>
            <ul class="history">
              {history.map((entry) => (
                <li key={entry.url + entry.checkedAt}>
                  <span class="verdict-badge" data-verdict={entry.verdict}>
                    {VERDICT_LABELS[entry.verdict]}
                  </span>
                  <a href={safeHref(entry.url)} target="_blank" rel="noreferrer noopener">
                    {entry.headline}
                  </a>
                  <time dateTime={entry.checkedAt}>{new Date(entry.checkedAt).toLocaleString()}</time>
                </li>
              ))}
            </ul>
            <button type="button" class="button" onClick={props.onClearHistory}>
              Clear the list
            </button>
          </>
        )}
      </section>
      <p class="status" role="status" aria-live="polite">
        {props.status}
      </p>
    </main>
  );
}

/** Only web links become links; anything else stays unclickable. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
