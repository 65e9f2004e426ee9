import * as React from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";
import type { ProposedChange } from "../../domain/fixes/fixPlan";
import { FixPreview } from "../FixPreview";
import { ClustersView, type ClustersViewProps } from "./ClustersView";

const useStyles = makeStyles({
  fill: { display: "flex", flexDirection: "column", flex: "1 1 0px", minHeight: 0 },
  // Hidden, not unmounted: the clusters' choices and edited values survive the preview.
  away: { display: "none" },
});

export interface ClustersPanelProps extends ClustersViewProps {
  /** The merge's changes while its preview is open; null otherwise. */
  preview: ProposedChange[] | null;
  onApply: (chosen: ProposedChange[]) => void;
  onCancel: () => void;
  onSelect?: (sheet: string, address: string) => void;
}

/**
 * The Clusters tab: the clusters, or in their place the fix preview of a merge (the fix
 * path's own preview, without a threshold: a merge the curator chose is certain). Loaded
 * when the tab is first shown, so that the pane's first script stays small.
 */
export function ClustersPanel({ preview, onApply, onCancel, onSelect, active, ...view }: ClustersPanelProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.fill}>
      {preview && (
        <FixPreview
          changes={preview}
          busy={view.busy}
          onApply={onApply}
          onCancel={onCancel}
          onSelect={onSelect}
          title="Merge clusters"
          label="Proposed merges"
          note="Chosen merges are written to their cells (only where a cell still holds the spelling shown) and logged in the Curation log sheet; Undo last fix puts them back."
          threshold={false}
        />
      )}
      <div hidden={!!preview} className={mergeClasses(styles.fill, !!preview && styles.away)}>
        <ClustersView {...view} active={active && !preview} />
      </div>
    </div>
  );
}
