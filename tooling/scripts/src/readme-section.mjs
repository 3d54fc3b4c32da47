// The generated section of a package README: the codes table, between two markers.

export const START = '<!-- codes:start -->';
export const END = '<!-- codes:end -->';

/** The README with its generated section replaced; throws when the markers are missing. */
export function withTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README lacks the ${START} ... ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}
