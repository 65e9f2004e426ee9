import * as React from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import type { Virtualizer } from "@tanstack/react-virtual";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%", boxSizing: "border-box" },
});

/**
 * The items of a virtualised list of one Tab stop (the findings, the clusters): only the
 * rendered ones are in the page, each measured, placed, and told to a screen reader as item
 * N of all; `onItemFocus` says which item focus entered (the list's Tab stop follows it).
 */
export function VirtualItems({
  virtualizer,
  label,
  rowClassName,
  onItemFocus,
  children,
}: {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  label: string;
  rowClassName?: string;
  onItemFocus: (index: number) => void;
  children: (index: number) => React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const count = virtualizer.options.count;
  return (
    <ul className={styles.list} aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className={mergeClasses(styles.row, rowClassName)}
          style={{ transform: `translateY(${item.start}px)` }}
          aria-setsize={count}
          aria-posinset={item.index + 1}
          onFocus={() => onItemFocus(item.index)}
        >
          {children(item.index)}
        </li>
      ))}
    </ul>
  );
}
