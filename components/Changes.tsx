/** What changed on the page since the reader last checked it. */
export function Changes({ changes }: { changes: string[] }) {
  if (changes.length === 0) return null;
  return (
    <section class="changes" role="status" aria-labelledby="changes-title">
      <h2 id="changes-title" class="changes-title">
        Changed since you last checked
      </h2>
      <ul>
        {changes.map((change, i) => (
          <li key={i}>{change}</li>
        ))}
      </ul>
    </section>
  );
}
