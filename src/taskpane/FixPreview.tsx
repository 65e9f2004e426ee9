import * as React from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Button, Checkbox, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ProposedChange } from "../domain/fixes/fixPlan";
import { confidenceOf, groupChanges, type ChangeGroup } from "../domain/fixes/changeGroups";
import { sheetReference } from "../domain/cells/sheetReference";
import { countOf } from "../domain/text/formatCount";
import { RENDER_ALL_UP_TO } from "./listRows";
import { ConfidenceThreshold, DEFAULT_THRESHOLD } from "./preview/ConfidenceThreshold";
import { previewRows } from "./preview/previewRows";
import { STICKY_FOOTER } from "./stickyFooter";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minHeight: 0, minWidth: 0, flex: "1 1 auto" },
  heading: { margin: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  scroller: { flex: "1 1 auto", minHeight: 0, maxHeight: "55vh", overflowY: "auto", overflowX: "hidden", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { listStyleType: "none", margin: 0, padding: 0, position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%", boxSizing: "border-box", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  side: { flexShrink: 0, whiteSpace: "nowrap" },
  grow: { flex: "1 1 auto", minWidth: 0, overflowWrap: "anywhere" },
  detail: { display: "block", paddingLeft: "32px", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  cell: { paddingLeft: tokens.spacingHorizontalXXL },
  low: { color: tokens.colorStatusWarningForeground3, fontWeight: tokens.fontWeightSemibold },
  footer: STICKY_FOOTER,
});


export interface FixPreviewProps {
  changes: readonly ProposedChange[];
  onApply: (chosen: ProposedChange[]) => void;
  onCancel: () => void;
  busy: boolean;
  /** Goes to a change's cell in the sheet. */
  onSelect?: (sheet: string, address: string) => void;
  /** The heading's first words ("Fix names" by default; "Merge clusters" for a merge). */
  title?: string;
  /** The region's name for screen readers ("Proposed name fixes" by default). */
  label?: string;
  /** The sentence under the heading: where the changes go and how to take them back. */
  note?: string;
  /** Whether the confidence threshold is offered (a merge the curator chose is certain: no threshold). */
  threshold?: boolean;
}

/**
 * The proposed name fixes grouped by replacement ("BFA → Burkina Faso, 120 cells"), each
 * group open to its cells; those at least as sure as the threshold chosen at first, the rest
 * left for a look. Virtualised like the issue list; Apply and Cancel always in view.
 */
export function FixPreview({
  changes,
  onApply,
  onCancel,
  busy,
  onSelect,
  title = "Fix names",
  label = "Proposed name fixes",
  note = "Chosen fixes are written to their cells and logged in the Curation log sheet; Undo last fix puts them back.",
  threshold: offerThreshold = true,
}: FixPreviewProps): React.JSX.Element {
  const styles = useStyles();
  const groups = React.useMemo(() => groupChanges(changes), [changes]);
  const [threshold, setThreshold] = React.useState(DEFAULT_THRESHOLD);
  const sureEnough = React.useCallback((at: number) => new Set(changes.flatMap((change, index) => (confidenceOf(change) >= at ? [index] : []))), [changes]);
  const [chosen, setChosen] = React.useState<ReadonlySet<number>>(() => sureEnough(DEFAULT_THRESHOLD));
  const [open, setOpen] = React.useState<ReadonlySet<string>>(() => new Set());
  const rows = React.useMemo(() => previewRows(groups, open), [groups, open]);
  const below = changes.length - sureEnough(threshold).size;

  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);

  const scroller = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index].kind === "group" ? 52 : 32),
    overscan: rows.length <= RENDER_ALL_UP_TO ? RENDER_ALL_UP_TO : 10,
    getItemKey: (index) => rows[index].key,
    useFlushSync: false,
  });

  const setMany = (indices: readonly number[], on: boolean) => {
    const next = new Set(chosen);
    for (const index of indices) {
      if (on) next.add(index);
      else next.delete(index);
    }
    setChosen(next);
  };
  const toggleOpen = (key: string) => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };
  const stateOf = (group: ChangeGroup): boolean | "mixed" => {
    const on = group.indices.reduce((n, index) => n + (chosen.has(index) ? 1 : 0), 0);
    return on === 0 ? false : on === group.indices.length ? true : "mixed";
  };
  const cellWord = (count: number) => countOf(count, "cell");

  return (
    <section aria-label={label} className={styles.root}>
      <Text as="h2" size={400} weight="semibold" block ref={heading} tabIndex={-1} className={styles.heading}>
        {title}: {cellWord(changes.length)}, {countOf(groups.length, "replacement")}
      </Text>
      <Text size={200} className={styles.muted}>
        {note}
      </Text>
      {offerThreshold && (
        <ConfidenceThreshold
          value={threshold}
          onChange={(value) => {
            setThreshold(value);
            setChosen(sureEnough(value));
          }}
        />
      )}
      <div className={styles.actions}>
        <Button size="small" onClick={() => setChosen(new Set(changes.map((_, index) => index)))}>
          Select all
        </Button>
        <Button size="small" onClick={() => setChosen(new Set())}>
          Select none
        </Button>
        {below > 0 && (
          <Text size={200} className={styles.muted}>
            {cellWord(below)} less sure than that: not chosen.
          </Text>
        )}
      </div>
      <div ref={scroller} className={styles.scroller}>
        <ul className={styles.list} aria-label="Replacements" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            const { group } = row;
            if (row.kind === "cell") {
              const change = changes[row.index];
              const reference = sheetReference(change.sheet, change.address);
              return (
                <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} className={`${styles.row} ${styles.cell}`} style={{ transform: `translateY(${item.start}px)` }}>
                  <div className={styles.line}>
                    <Checkbox className={styles.grow} checked={chosen.has(row.index)} onChange={(_, data) => setMany([row.index], data.checked === true)} label={reference} />
                    {onSelect && (
                      <Link as="button" className={styles.side} aria-label={`Go to ${reference}`} onClick={() => onSelect(change.sheet, change.address)}>
                        Go to
                      </Link>
                    )}
                  </div>
                </li>
              );
            }
            const count = group.indices.length;
            const only = count === 1 ? changes[group.indices[0]] : undefined;
            const sure = Math.round(group.confidence * 100);
            return (
              <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} className={styles.row} style={{ transform: `translateY(${item.start}px)` }}>
                <div className={styles.line}>
                  <Checkbox
                    className={styles.grow}
                    checked={stateOf(group)}
                    onChange={() => setMany(group.indices, stateOf(group) !== true)}
                    label={
                      <span>
                        <strong>{group.from}</strong> → <strong>{group.to}</strong>
                        {only ? `, ${sheetReference(only.sheet, only.address)}` : `, ${cellWord(count)}`}
                      </span>
                    }
                  />
                  {only && onSelect && (
                    <Link as="button" className={styles.side} aria-label={`Go to ${sheetReference(only.sheet, only.address)}`} onClick={() => onSelect(only.sheet, only.address)}>
                      Go to
                    </Link>
                  )}
                  {!only && (
                    <Button size="small" appearance="subtle" className={styles.side} aria-expanded={open.has(row.key)} aria-label={`${open.has(row.key) ? "Hide cells" : "Show cells"} of ${group.from} → ${group.to}`} onClick={() => toggleOpen(row.key)}>
                      {open.has(row.key) ? "Hide cells" : "Show cells"}
                    </Button>
                  )}
                </div>
                <span className={styles.detail}>
                  {sure < 100 && <span className={group.confidence < threshold ? styles.low : undefined}>{sure}% sure · </span>}
                  {group.reason}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <div className={styles.footer}>
        <Button appearance="primary" disabledFocusable={busy || chosen.size === 0} onClick={() => !busy && chosen.size > 0 && onApply(changes.filter((_, index) => chosen.has(index)))}>
          Apply to {cellWord(chosen.size)}
        </Button>
        <Button disabledFocusable={busy} onClick={() => !busy && onCancel()}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
