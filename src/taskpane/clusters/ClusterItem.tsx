import * as React from "react";
import { Button, Checkbox, Combobox, Label, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Cluster } from "../../domain/clusters/clusterTypes";
import { countOf, formatCount } from "../../domain/text/formatCount";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, minWidth: 0 },
  values: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  count: { color: tokens.colorNeutralForeground2 },
  keep: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalXXL, minWidth: 0 },
  // Fluent's Combobox is 250 px wide at least: in a 270 px pane it would push the page sideways.
  combobox: { minWidth: 0, flex: "1 1 120px", maxWidth: "100%" },
  input: { minWidth: 0, width: "100%" },
  reason: { display: "block", paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, paddingLeft: tokens.spacingHorizontalXXL },
});

export interface ClusterItemProps {
  cluster: Cluster;
  index: number;
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
  keep: string;
  onKeep: (keep: string) => void;
  /** The list's one Tab stop (roving tabindex): this cluster's controls take Tab; the others' only arrows. */
  tabbable: boolean;
  busy: boolean;
  /** "These are different" and "Add to dictionary" (actors, weapons and places alike); absent where the host cannot write the dictionary. */
  onDifferent?: () => void;
  onAddToDictionary?: () => void;
}

/** A cluster's spellings in a few words, for the names of its controls: `"Koglweogo Militia" and 2 other spellings`. */
export function clusterName(cluster: Cluster): string {
  const others = cluster.members.length - 1;
  return `"${cluster.members[0].value}" and ${others === 1 ? `"${cluster.members[1].value}"` : `${others} other spellings`}${cluster.country ? ` (${cluster.country})` : ""}`;
}

/**
 * One cluster: a checkbox to choose it (its spellings with their counts, its cells and
 * country as the label), the value to keep (a spelling of the cluster, or typed), why that
 * value is proposed, and the dictionary's two decisions.
 */
export function ClusterItem({ cluster, index, chosen, onChoose, keep, onKeep, tabbable, busy, onDifferent, onAddToDictionary }: ClusterItemProps): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  const tabIndex = tabbable ? 0 : -1;
  const name = clusterName(cluster);
  const selected = cluster.members.some((member) => member.value === keep) ? [keep] : [];
  return (
    <div className={styles.item}>
      <Checkbox
        data-cluster={index}
        tabIndex={tabIndex}
        checked={chosen}
        onChange={(_, data) => onChoose(data.checked === true)}
        label={
          <span className={styles.values}>
            {/* One spelling a line; for a screen reader, which reads the label as one phrase, commas between them. */}
            {cluster.members.map((member, at) => (
              <span key={member.value}>
                <strong>{member.value}</strong> <span className={styles.count}>({formatCount(member.count)})</span>
                <span className={styles.hidden}>{at < cluster.members.length - 1 ? ", " : "; "}</span>
              </span>
            ))}
            <span className={styles.count}>
              {countOf(cluster.count, "cell")}
              {cluster.country ? ` · ${cluster.country}` : ""}
            </span>
          </span>
        }
      />
      <div className={styles.keep}>
        <Label htmlFor={`${id}-keep`} size="small">
          Keep
        </Label>
        <Combobox
          id={`${id}-keep`}
          size="small"
          freeform
          tabIndex={tabIndex}
          className={styles.combobox}
          input={{ className: styles.input }}
          // The list opens from the keyboard with Alt+ArrowDown in the field; its chevron is for the mouse, not one more Tab stop in every cluster.
          expandIcon={{ tabIndex: -1 }}
          aria-label={`Value to keep for ${name}`}
          aria-describedby={`${id}-reason`}
          value={keep}
          selectedOptions={selected}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onKeep(event.target.value)}
          onOptionSelect={(_, data) => data.optionText !== undefined && onKeep(data.optionText)}
        >
          {cluster.members.map((member) => (
            <Option key={member.value} value={member.value} text={member.value}>
              {`${member.value} (${countOf(member.count, "cell")})`}
            </Option>
          ))}
        </Combobox>
      </div>
      <Text id={`${id}-reason`} className={styles.reason}>
        {cluster.reason}
      </Text>
      {(onDifferent || onAddToDictionary) && (
        <div className={styles.actions}>
          {onDifferent && (
            <Button size="small" tabIndex={tabIndex} disabledFocusable={busy} aria-label={`These are different: ${name}`} onClick={() => !busy && onDifferent()}>
              These are different
            </Button>
          )}
          {onAddToDictionary && (
            <Button size="small" tabIndex={tabIndex} disabledFocusable={busy || keep.trim() === ""} aria-label={`Add to dictionary: ${name}, kept as "${keep.trim()}"`} onClick={() => !busy && keep.trim() !== "" && onAddToDictionary()}>
              Add to dictionary
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
