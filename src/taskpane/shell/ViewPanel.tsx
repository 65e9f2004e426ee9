import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ViewBoundary } from "./ViewBoundary";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, flex: "1 1 0px", minHeight: "240px" },
  // A view not shown: out of the layout (a class's display would override the hidden attribute's).
  away: { display: "none" },
});

/**
 * One of the pane's views (the panel of tab `tab-<id>`): once mounted it stays, hidden while
 * another view is shown, so that its state survives a switch; loaded lazily within a
 * `ViewBoundary`.
 */
export function ViewPanel({ id, name, shown, pendingClassName, children }: { id: string; name: string; shown: boolean; pendingClassName?: string; children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={!shown} className={mergeClasses(styles.panel, !shown && styles.away)}>
      <ViewBoundary name={name} pendingClassName={pendingClassName}>
        {children}
      </ViewBoundary>
    </div>
  );
}
