export type QuietState = 'checking' | 'no-article' | 'unsupported-language' | 'restricted' | 'error';

const TITLES: Record<QuietState, string> = {
  checking: 'Checking this article…',
  'no-article': 'No article on this page',
  'unsupported-language': 'Not an English article',
  restricted: 'Fine Print can’t read this page',
  error: 'The check didn’t finish',
};

const HINTS: Partial<Record<QuietState, string>> = {
  'no-article': 'Fine Print looks for a news story with a headline and body text. Open an article and try again.',
};

/** The popup when there is no check to show: checking, nothing to check, not allowed, or failed. */
export function StateView({ state, reason, onRetry }: { state: QuietState; reason?: string; onRetry?: () => void }) {
  return (
    <section class="state" data-state={state} role={state === 'error' ? 'alert' : 'status'} aria-busy={state === 'checking'}>
      {state === 'checking' && <span class="spinner" aria-hidden="true" />}
      <h1 class="state-title">{TITLES[state]}</h1>
      {HINTS[state] && <p class="state-hint">{HINTS[state]}</p>}
      {reason && state !== 'checking' && <p class="state-reason">{capitalise(reason)}</p>}
      {onRetry && state !== 'checking' && state !== 'restricted' && (
        <button type="button" class="button primary" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
