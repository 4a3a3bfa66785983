import { describe, expect, it } from "vitest";
import { createProgress, formatDuration } from "../../src/cli/progress";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream, writes };
}

describe("progress bar", () => {
  it("shows files done of total, the rate and the time left on a terminal, then clears its line", async () => {
    const { stream, writes } = fakeStream(true);
    const progress = createProgress(4, stream);
    progress.update(1);
    await new Promise((r) => setTimeout(r, 120));
    progress.update(2);
    progress.update(4);
    progress.finish();
    expect(writes[0]).toMatch(/^\r█{6}░{18} 1\/4 files {2}0\.0 files\/s {2}… left/);
    expect(writes[1]).toMatch(/ 2\/4 files {2}\d+\.\d files\/s {2}\d+ s left/);
    expect(writes.at(-2)).toMatch(/^\r█{24} 4\/4 files/);
    expect(writes.at(-1)).toBe("\r\x1b[K");
  });

  it("stays silent when the output is not a terminal", () => {
    const { stream, writes } = fakeStream(false);
    const progress = createProgress(4, stream);
    progress.update(1);
    progress.finish();
    expect(writes).toEqual([]);
  });

  it("says durations in seconds, then minutes", () => {
    expect(formatDuration(4.2)).toBe("5 s");
    expect(formatDuration(125)).toBe("2 min 5 s");
  });
});
