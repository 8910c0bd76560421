export const USAGE = `Usage:
  fine-print extract <file.html | URL>... [--format json|jsonl|text]
  fine-print check <file.html | URL>... [--format text|json|jsonl|md|html]
  fine-print batch < pairs.jsonl
      reads {"id","headline","body","notes"?:[string]} lines, writes {"id","verdict","summary","findings"} lines
  fine-print --help | --version

Exit codes: 0 success, 1 no input held an article, 2 bad usage.`;
