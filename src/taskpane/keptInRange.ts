import * as React from "react";
import { defaultRangeExtractor, type Range } from "@tanstack/react-virtual";

/**
 * A virtualised list's range with its active item always rendered, however far it is
 * scrolled away: the list's one Tab stop stays in the page, so focus never falls out of it.
 */
export function useKeptInRange(activeIndex: number): (range: Range) => number[] {
  return React.useCallback(
    (range: Range) => {
      const indices = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indices.includes(activeIndex)) return [...indices, activeIndex].sort((a, b) => a - b);
      return indices;
    },
    [activeIndex],
  );
}
