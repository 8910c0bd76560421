/** The bar across the top: the name, and the actions that are always there. */
export function PopupHeader({
  onRecheck,
  onOpenInTab,
  onOpenSettings,
  busy,
}: {
  onRecheck?: () => void;
  onOpenInTab?: () => void;
  onOpenSettings: () => void;
  busy: boolean;
}) {
  return (
    <div class="topbar">
      <span class="brand">
        <img src="/icon/32.png" alt="" width={16} height={16} />
        Fine Print
      </span>
      <nav class="topbar-actions" aria-label="Fine Print">
        {onRecheck && (
          <button type="button" class="link-button" onClick={onRecheck} disabled={busy}>
            Check again
          </button>
        )}
        {onOpenInTab && (
          <button type="button" class="link-button" onClick={onOpenInTab}>
            Open in a tab
          </button>
        )}
        <button type="button" class="link-button" onClick={onOpenSettings}>
          Settings
        </button>
      </nav>
    </div>
  );
}
