/**
 * Finds the known argument name a typo was meant to be, so "tenantNmae" is answered with
 * "did you mean tenantName?" rather than a bare refusal.
 */

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
 * characters as one step each (the optimal string alignment distance). Swaps matter: they are
 * the commonest typo, and plain Levenshtein would count them twice.
 */
export function editDistance(from: string, to: string): number {
  const rows = from.length + 1;
  const columns = to.length + 1;
  const distance: number[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );

  for (let row = 1; row < rows; row += 1) {
    for (let column = 1; column < columns; column += 1) {
      const substitution = from[row - 1] === to[column - 1] ? 0 : 1;
      let best = Math.min(
        distance[row - 1][column] + 1,
        distance[row][column - 1] + 1,
        distance[row - 1][column - 1] + substitution,
      );

      const swapped =
        row > 1 &&
        column > 1 &&
        from[row - 1] === to[column - 2] &&
        from[row - 2] === to[column - 1];
      if (swapped) {
        best = Math.min(best, distance[row - 2][column - 2] + 1);
      }

      distance[row][column] = best;
    }
  }

  return distance[rows - 1][columns - 1];
}

/** Longer names are no typo of ours; comparing them would only cost time. */
const LONGEST_NAME_COMPARED = 64;

/**
 * The known name closest to `typed`, ignoring case, or undefined when none is close enough to be
 * a plausible typo (at most a third of the name's letters differ, and never more than 3). A
 * name cut short ("userDomain") is completed when only one known name starts with it.
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  if (typed.length > LONGEST_NAME_COMPARED) {
    return undefined;
  }

  const wanted = typed.toLowerCase();
  const extended = known.filter((name) => name.toLowerCase().startsWith(wanted));
  if (wanted.length >= 4 && extended.length === 1) {
    return extended[0];
  }

  let best: { name: string; distance: number } | undefined;

  for (const name of known) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (best === undefined || distance < best.distance) {
      best = { name, distance };
    }
  }

  const allowed = Math.min(3, Math.max(1, Math.floor(typed.length / 3)));
  return best !== undefined && best.distance <= allowed ? best.name : undefined;
}
