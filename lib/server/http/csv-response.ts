/**
 * A streamed CSV download from an async generator of lines: pulled as the client reads (so a 100,000-row
 * export never sits in memory), with the row count announced for progress bars.
 */
import "server-only";
export function csvResponse(lines: AsyncGenerator<string>, options: { total: number; filename: string }): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${options.filename}"`,
      "x-total-count": String(options.total),
      "cache-control": "no-store",
    },
  });
}
