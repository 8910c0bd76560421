import type { ExportLink } from '@/components/ExportBar';
import { reportHtml, reportJson, reportMarkdown, type ReportInput } from '@/lib/report';

/** Blob links for each report format; revoke them when the check they describe goes away. */
export function exportLinks(input: ReportInput): { links: ExportLink[]; revoke: () => void } {
  const base = fileBase(input);
  const make = (label: string, text: string, type: string, ext: string): ExportLink => ({
    label,
    href: URL.createObjectURL(new Blob([text], { type })),
    filename: `${base}.${ext}`,
  });
  const links = [
    make('Save Markdown', reportMarkdown(input), 'text/markdown;charset=utf-8', 'md'),
    make('Save JSON', reportJson(input), 'application/json;charset=utf-8', 'json'),
    make('Save HTML', reportHtml(input), 'text/html;charset=utf-8', 'html'),
  ];
  return { links, revoke: () => links.forEach((l) => URL.revokeObjectURL(l.href)) };
}

function fileBase({ article, checkedAt }: ReportInput): string {
  const slug = (article.headline ?? 'article')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `fine-print-${slug || 'article'}-${checkedAt.slice(0, 10)}`;
}
