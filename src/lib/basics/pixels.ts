/** Coordinates rounded to 0.1 px: files stay readable and diffs small. Every drawing, live and exported, writes its numbers through it. */
export const px = (n: number) => Math.round(n * 10) / 10;
