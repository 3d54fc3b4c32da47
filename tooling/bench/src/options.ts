/** One place for the run length of every bench: 2 cores, `pnpm bench` must stay under ~3 minutes. */
export const options = { time: 400, warmupTime: 100 };
