import type { TestProject } from 'vitest/node';
import { fuzzSeed, seedLine } from '../fuzz.js';

/** Decides the run's seed once per vitest run, prints it, and hands it to every test file. */
export default function setup(project: TestProject): void {
  const seed = fuzzSeed();
  console.log(seedLine(seed));
  project.provide('fuzzSeed', seed.seed);
}
