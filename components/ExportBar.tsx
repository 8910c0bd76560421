export interface ExportLink {
  label: string;
  href: string;
  filename: string;
}

/** Save the report as files (links, so no downloads permission) or copy it as Markdown. */
export function ExportBar({ links, onCopy, copyStatus }: { links: ExportLink[]; onCopy: () => void; copyStatus: string }) {
  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title" class="section-title">
        Save the report
      </h2>
      <div class="export-actions">
        {links.map((link) => (
          <a key={link.filename} class="button" href={link.href} download={link.filename} data-export={link.label}>
            {link.label}
          </a>
        ))}
        <button type="button" class="button" onClick={onCopy} data-export="copy">
          Copy Markdown
        </button>
      </div>
      <p class="copy-status" role="status" aria-live="polite">
        {copyStatus}
      </p>
    </section>
  );
}
