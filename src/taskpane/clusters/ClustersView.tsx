import * as React from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useKeptInRange } from "../keptInRange";
import { VirtualItems } from "../VirtualItems";
import { Button, Checkbox, Label, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookCheck } from "../../domain/checks/checkWorkbook";
import type { Cluster, ValueKind } from "../../domain/clusters/clusterTypes";
import type { ProposedChange } from "../../domain/fixes/fixPlan";
import type { NameDecision } from "../../domain/names/dictionary/decision";
import type { WorkbookGrid } from "../../domain/sheetGrid";
import { countOf, formatCount } from "../../domain/text/formatCount";
import { clusterKey, differentDecisions, mergePlan, quotedList, sameDecisions, type ClusterMethod, type PaneClusters } from "../../services/clusterService";
import { RENDER_ALL_UP_TO } from "../listRows";
import { ClusterItem } from "./ClusterItem";
import { activeAfter, nextCluster } from "./clusterFocus";
import { clustersInWorker } from "./clustersInWorker";
import { startClusterWorker } from "./startClusterWorker";
import { STICKY_FOOTER } from "../stickyFooter";
import { useSaidOnAction } from "../findings/saidOnAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", flex: "1 1 auto", minHeight: 0, minWidth: 0, gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  choices: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", minWidth: 0 },
  field: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, maxWidth: "100%" },
  muted: { color: tokens.colorNeutralForeground2 },
  status: { minHeight: "24px" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  scroller: { flex: "1 1 auto", minHeight: 0, maxHeight: "100vh", overflowY: "auto", overflowX: "hidden", minWidth: 0 },
  footer: STICKY_FOOTER,
});

const KINDS: { value: ValueKind; label: string; noun: string }[] = [
  { value: "actor", label: "Actors (actor 1 and 2, associated actors, holder)", noun: "actor names" },
  { value: "weapon", label: "Weapons", noun: "weapon names" },
  { value: "location", label: "Locations", noun: "locations" },
];
const METHODS: { value: ClusterMethod; label: string }[] = [
  { value: "key", label: "Same key: case, accents, word order" },
  { value: "knn", label: "Nearest neighbours: a letter apart" },
];
const nounOf = (kind: ValueKind) => KINDS.find((k) => k.value === kind)!.noun;

/** What a dictionary decision writes, and what the pane says once it is written (or that there was nothing to write). */
export interface Remembered {
  decisions: NameDecision[];
  done: string;
  nothing: string;
}

export interface ClustersViewProps {
  /** The last check: clusters are found again after each (a fix, an undo, an edit), while the view is shown. */
  result: WorkbookCheck;
  /** The workbook that check read. */
  workbook: WorkbookGrid | null;
  /** The view is shown: clusters are found only then (nearest neighbours may take seconds on a big sheet). */
  active: boolean;
  busy: boolean;
  /** Opens the fix preview with the merge's changes, and says what was left out; absent where the host cannot write fixes. */
  onMerge?: (changes: ProposedChange[], leftOut: string[]) => void;
  /** Writes decisions to the Curation dictionary sheet; absent where the host cannot. */
  onRemember?: (remembered: Remembered) => void;
  /** Undo last fix, as the findings' commands offer it: a merge is a fix. */
  undo?: { count: number | null; unavailable?: string; run: () => void };
  /** The Merge button, for focus to come back to when the preview closes. */
  mergeButton?: React.Ref<HTMLButtonElement>;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The Clusters view: for one column kind, the sheet's own spellings of one name, each
 * cluster with its values and counts, the value proposed to keep (editable) and why;
 * choose clusters one by one or all, and merge them through the fix preview; or tell the
 * dictionary they are different, or one name. One Tab stop for the list, arrows, Home and
 * End inside (roving tabindex), as in the findings.
 */
export function ClustersView({ result, workbook, active, busy, onMerge, onRemember, undo, mergeButton }: ClustersViewProps): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  const [kind, setKind] = React.useState<ValueKind>("actor");
  const [method, setMethod] = React.useState<ClusterMethod>("key");
  const [computed, setComputed] = React.useState<{ result: WorkbookCheck; kind: ValueKind; method: ClusterMethod; value: PaneClusters } | null>(null);
  const [failure, setFailure] = React.useState<{ result: WorkbookCheck; kind: ValueKind; method: ClusterMethod; text: string } | null>(null);
  const fresh = computed && computed.result === result && computed.kind === kind && computed.method === method ? computed.value : null;
  const failed = failure && failure.result === result && failure.kind === kind && failure.method === method ? failure.text : null;

  // Found in a worker: nearest neighbours over a big sheet take seconds, which the pane's thread must not spend.
  const [finder] = React.useState(() => clustersInWorker(startClusterWorker));
  React.useEffect(() => () => finder.stop(), [finder]);
  /** What is being found: hidden and shown again meanwhile, the view waits for it instead of asking again. */
  const asked = React.useRef<{ result: WorkbookCheck; kind: ValueKind; method: ClusterMethod } | null>(null);
  React.useEffect(() => {
    if (!active || !workbook || fresh || failed) return;
    const current = asked.current;
    if (current && current.result === result && current.kind === kind && current.method === method) return;
    const request = { result, kind, method };
    asked.current = request;
    void finder.find(workbook, kind, method).then((outcome) => {
      if (asked.current === request) asked.current = null;
      if (outcome.status === "found") setComputed({ ...request, value: outcome.clusters });
      // The pane's own fault, said here as such: nothing was asked of Excel.
      else if (outcome.status === "failed") setFailure({ ...request, text: outcome.message });
    });
  }, [finder, active, workbook, result, kind, method, fresh, failed]);

  // The clusters shown: those found for the last check, or (while they are found again) the ones before, so that focus stays where it is.
  const shown = fresh ?? (computed && computed.kind === kind && computed.method === method ? computed.value : null);
  const clusters: readonly Cluster[] = shown?.clusters ?? [];
  const keys = React.useMemo(() => clusters.map(clusterKey), [clusters]);
  const working = busy || !fresh;

  /** Values to keep as the curator edited them, by cluster; the proposal elsewhere. */
  const [keeps, setKeeps] = React.useState<ReadonlyMap<string, string>>(() => new Map());
  const keepOf = (index: number) => keeps.get(keys[index]) ?? clusters[index].keep;
  const [chosenKeys, setChosenKeys] = React.useState<ReadonlySet<string>>(() => new Set());
  const chosen = React.useMemo(() => keys.flatMap((key, index) => (chosenKeys.has(key) ? [index] : [])), [keys, chosenKeys]);
  const allState: boolean | "mixed" = chosen.length === 0 ? false : chosen.length === clusters.length ? true : "mixed";
  // A cluster gone (merged, marked different, edited away) is no longer chosen, nor when it comes back (an undo).
  React.useEffect(() => {
    if (!fresh) return;
    const present = new Set(keys);
    setChosenKeys((before) => {
      const after = new Set([...before].filter((key) => present.has(key)));
      return after.size === before.size ? before : after;
    });
  }, [fresh, keys]);
  const choose = (index: number, on: boolean) => {
    acted();
    const next = new Set(chosenKeys);
    if (on) next.add(keys[index]);
    else next.delete(keys[index]);
    setChosenKeys(next);
  };

  /** The cluster holding the list's Tab stop. */
  const [activeKey, setActiveKey] = React.useState<string | null>(null);
  const lastIndex = React.useRef(0);
  const activeIndex = activeAfter(keys, activeKey, lastIndex.current);
  React.useLayoutEffect(() => {
    if (activeIndex >= 0) lastIndex.current = activeIndex;
  });

  const scroller = React.useRef<HTMLDivElement>(null);
  const rangeExtractor = useKeptInRange(activeIndex);
  const virtualizer = useVirtualizer({
    count: clusters.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => 110 + 22 * clusters[index].members.length,
    overscan: clusters.length <= RENDER_ALL_UP_TO ? RENDER_ALL_UP_TO : 8,
    getItemKey: (index) => keys[index],
    rangeExtractor,
    useFlushSync: false,
  });

  const focusPending = React.useRef<number | null>(null);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.matches("[data-cluster]")) return;
    const to = nextCluster(clusters.length, activeIndex, event.key);
    if (to === null) return;
    event.preventDefault();
    focusPending.current = to;
    setActiveKey(keys[to]);
    virtualizer.scrollToIndex(to, { align: "auto" });
  };
  // A re-check can take the focused cluster away (an edit merged it): focus goes to the one now in its place, never to the page.
  const focusInside = React.useRef(false);
  React.useLayoutEffect(() => {
    if (focusPending.current === null && focusInside.current && (document.activeElement === document.body || document.activeElement === null) && activeIndex >= 0) focusPending.current = activeIndex;
    const index = focusPending.current;
    if (index === null) return;
    const box = scroller.current?.querySelector<HTMLInputElement>(`[data-cluster="${index}"]`);
    if (box) {
      focusPending.current = null;
      box.focus({ preventScroll: true });
    }
  });

  const merge = () => {
    if (!onMerge || !workbook || working || chosen.length === 0) return;
    const plan = mergePlan(
      workbook,
      chosen.map((index) => ({ cluster: clusters[index], keep: keepOf(index) })),
    );
    onMerge(plan.changes, plan.refused.map((refused) => refused.reason));
  };
  const different = (index: number) => {
    const cluster = clusters[index];
    const values = quotedList(cluster.members.map((member) => member.value));
    onRemember?.({
      decisions: differentDecisions(cluster, today()),
      done: `Noted in the Curation dictionary sheet: ${values} are different names; they are not clustered again.`,
      nothing: `${values}: nothing to note in the Curation dictionary.`,
    });
  };
  const addToDictionary = (index: number) => {
    const cluster = clusters[index];
    const keep = keepOf(index).trim();
    const others = cluster.members.map((member) => member.value).filter((value) => value !== keep);
    onRemember?.({
      decisions: sameDecisions(cluster, keep, today()),
      done: `Added to the Curation dictionary sheet: ${quotedList(others)} → ${keep}${cluster.kind !== "weapon" && cluster.country ? ` in ${cluster.country}` : ""}. Merge the cluster to write ${keep} in the cells.`,
      nothing: `The dictionary already knows ${quotedList(others)} as ${keep}: nothing to add.`,
    });
  };

  const noun = nounOf(kind);
  const cells = clusters.reduce((sum, cluster) => sum + cluster.count, 0);
  const keptApart = shown?.keptApart.length ?? 0;
  let status: string;
  if (!workbook) status = "Check the workbook first: clusters are found in what the check read.";
  else if (failed) status = "No clusters: finding them failed (see the message).";
  else if (!fresh) status = "Finding clusters…";
  else if (clusters.length === 0) status = `No clusters of ${noun}: each of the ${countOf(fresh.distinct, "distinct value")} is written one way only.`;
  else status = `${countOf(clusters.length, "cluster")} of ${noun} (${countOf(cells, "cell")}), ${formatCount(chosen.length)} chosen.`;
  if (fresh && keptApart > 0) status += ` ${countOf(keptApart, "pair")} kept apart by the safeguards (digits, designations, the dictionary).`;
  // Said once the clusters asked for are found: when the view opens, or after a choice in it; a re-check's changes are the pane's to say.
  const { said, acted } = useSaidOnAction(status, !!fresh || !!failed || !workbook);
  React.useEffect(() => {
    if (active) acted();
  }, [active, acted]);

  return (
    <section aria-label="Clusters" className={styles.root}>
      <Text as="h2" size={400} weight="semibold" block className={styles.heading}>
        Clusters: one name, several spellings
      </Text>
      <div className={styles.choices}>
        <div className={styles.field}>
          <Label htmlFor={`${id}-kind`} size="small">
            Values
          </Label>
          <Select id={`${id}-kind`} size="small" className={styles.select} value={kind} onChange={(_, data) => {
              acted();
              setKind(data.value as ValueKind);
            }}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </Select>
        </div>
        <div className={styles.field}>
          <Label htmlFor={`${id}-method`} size="small">
            Method
          </Label>
          <Select id={`${id}-method`} size="small" className={styles.select} value={method} onChange={(_, data) => {
              acted();
              setMethod(data.value as ClusterMethod);
            }}>
            {METHODS.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {kind === "location" && onRemember && (
        <Text size={200} className={styles.muted}>
          Places noted in the Curation dictionary hold in the cluster's country and guide clustering only: the check does not rewrite locations.
        </Text>
      )}
      {failed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The add-in failed</MessageBarTitle>
            Finding clusters failed ({failed}). This is the add-in's fault, not Excel's: the workbook is unchanged.
          </MessageBarBody>
        </MessageBar>
      )}
      <Text size={200} className={styles.status} data-clusters-status="">
        {status}
      </Text>
      <div role="status" aria-live="polite" className={styles.hidden}>
        {said && <span key={said.id}>{`Clusters: ${said.text}`}</span>}
      </div>
      {clusters.length > 0 && onMerge && (
        <Checkbox checked={allState} onChange={() => {
            acted();
            setChosenKeys(allState === true ? new Set() : new Set(keys));
          }} label="Choose all clusters" />
      )}
      <div
        ref={scroller}
        className={styles.scroller}
        onKeyDown={onKeyDown}
        onFocus={() => (focusInside.current = true)}
        onBlur={(event) => (focusInside.current = scroller.current?.contains(event.relatedTarget as Node | null) ?? false)}
      >
        {clusters.length > 0 && (
          <VirtualItems virtualizer={virtualizer} label={`Clusters of ${noun}`} onItemFocus={(index) => keys[index] !== keys[activeIndex] && setActiveKey(keys[index])}>
            {(index) => {
              const cluster = clusters[index];
              const key = keys[index];
              return (
                <ClusterItem
                  cluster={cluster}
                  index={index}
                  chosen={chosenKeys.has(key)}
                  onChoose={(on) => choose(index, on)}
                  keep={keepOf(index)}
                  onKeep={(keep) => setKeeps(new Map(keeps).set(key, keep))}
                  tabbable={index === activeIndex}
                  busy={working}
                  onDifferent={onRemember ? () => different(index) : undefined}
                  onAddToDictionary={onRemember ? () => addToDictionary(index) : undefined}
                />
              );
            }}
          </VirtualItems>
        )}
      </div>
      {(onMerge || undo) && (
        <div className={styles.footer}>
          {onMerge && (
            <Button ref={mergeButton} appearance="primary" disabledFocusable={working || chosen.length === 0} aria-describedby={chosen.length === 0 && clusters.length > 0 ? `${id}-none` : undefined} onClick={merge}>
              {`Merge ${countOf(chosen.length, "cluster")}`}
            </Button>
          )}
          {undo && (
            <Button disabledFocusable={busy || !!undo.unavailable} onClick={() => !busy && !undo.unavailable && undo.run()}>
              {undo.count !== null && !undo.unavailable ? `Undo last fix (${countOf(undo.count, "cell")})` : "Undo last fix"}
            </Button>
          )}
          {chosen.length === 0 && clusters.length > 0 && (
            <Text id={`${id}-none`} size={200} className={styles.muted}>
              Choose the clusters to merge.
            </Text>
          )}
        </div>
      )}
    </section>
  );
}
