import * as React from "react";
import { Button, Checkbox, Label, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookCheck } from "../domain/checks/checkWorkbook";
import type { SheetKind } from "../domain/schema/fieldSpec";
import type { WorkbookGrid } from "../domain/sheetGrid";
import { exportFiles, exportToNewSheet, PaneExportOptions, PaneExportReport, SheetExporter } from "../services/exportService";
import { downloadText } from "./download";
import { countOf, formatCount } from "../domain/text/formatCount";

const ROW_NOUN: Record<SheetKind, string> = { incidents: "incident row", weapons: "weapon row" };

/** "14 incident rows (9 with errors left out)": the rows an export wrote, in the user's words. */
function rowsWritten(kind: SheetKind, report: PaneExportReport): string {
  const { written, leftOut } = report.counts;
  return `${countOf(written, ROW_NOUN[kind])}${leftOut ? ` (${formatCount(leftOut)} with errors left out)` : ""}`;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ExportViewProps {
  result: WorkbookCheck;
  /** The workbook the check read: its number formats, far cells and date system. */
  workbook?: WorkbookGrid | null;
  /** Where downloads are blocked (Excel on Mac): writes the rows to a new sheet instead. */
  sheets?: SheetExporter | null;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

/** Export view: sheet, rows, BOM, canonical names, issue columns, schema; saved as files or put in a new sheet. */
export function ExportView({ result, workbook, sheets, onDone, onError }: ExportViewProps): React.JSX.Element {
  const styles = useStyles();
  const available = (["incidents", "weapons"] as SheetKind[]).filter((kind) => result[kind]);
  const [kind, setKind] = React.useState<SheetKind>(available[0] ?? "incidents");
  const [validOnly, setValidOnly] = React.useState(true);
  const [bom, setBom] = React.useState(true);
  const [canonical, setCanonical] = React.useState(false);
  const [withIssues, setWithIssues] = React.useState(false);
  const [schema, setSchema] = React.useState(false);
  const [schemaOnly, setSchemaOnly] = React.useState(false);

  const options = (): PaneExportOptions => ({ kind, validOnly, canonicalNames: canonical, withIssues, bom, schemaOnly, datapackage: schema });
  const notes = (report: PaneExportReport) => report.notes.map((note) => `; ${note}`).join("");

  const save = () => {
    try {
      const saved = exportFiles(result, options(), workbook ?? undefined);
      for (const file of saved.files) downloadText(file.name, file.text, file.mediaType);
      onDone(`Saved ${rowsWritten(kind, saved)} as ${kind}.csv${schema ? " with datapackage.json" : ""}${notes(saved)}.`);
    } catch (error) {
      onError(error);
    }
  };
  const toSheet = async () => {
    if (!sheets) return;
    try {
      const exported = await exportToNewSheet(result, options(), sheets, workbook ?? undefined);
      onDone(`Put ${rowsWritten(kind, exported)} in the new sheet "${exported.sheet}"${notes(exported)}: save it with File → Save a Copy → CSV UTF-8.`);
    } catch (error) {
      onError(error);
    }
  };

  if (available.length === 0) {
    return (
      <section aria-label="Export" className={styles.root}>
        <Text as="h2" size={400} weight="semibold">
          Export CSV
        </Text>
        <Text>Nothing to export: the check found no incident or weapon sheet in this workbook. Add one (see the message above), then Check workbook again.</Text>
      </section>
    );
  }
  return (
    <section aria-label="Export" className={styles.root}>
      <Text as="h2" size={400} weight="semibold">
        Export CSV
      </Text>
      <div className={styles.row}>
        <Label htmlFor="export-sheet" size="small">
          Sheet
        </Label>
        <Select id="export-sheet" size="small" value={kind} onChange={(_, data) => setKind(data.value as SheetKind)}>
          {available.map((k) => (
            <option key={k} value={k}>
              {result[k]?.name ?? k}
            </option>
          ))}
        </Select>
      </div>
      <Checkbox checked={validOnly} onChange={(_, data) => setValidOnly(!!data.checked)} label="Only rows without errors" />
      <Checkbox checked={canonical} onChange={(_, data) => setCanonical(!!data.checked)} label="Canonical names in place of raw ones" />
      <Checkbox checked={withIssues} onChange={(_, data) => setWithIssues(!!data.checked)} label="Add each row's issues (two columns)" />
      <Checkbox checked={bom} onChange={(_, data) => setBom(!!data.checked)} label="Byte order mark (for Excel on Windows)" />
      <Checkbox checked={schemaOnly} onChange={(_, data) => setSchemaOnly(!!data.checked)} label="Only the schema's columns (leave out your own)" />
      <Checkbox checked={schema} onChange={(_, data) => setSchema(!!data.checked)} label="Also save datapackage.json (the schema)" />
      <div className={styles.row}>
        <Button appearance="primary" onClick={save}>
          Save CSV
        </Button>
        <Button onClick={() => void toSheet()} disabled={!sheets}>
          Put in a new sheet
        </Button>
      </div>
    </section>
  );
}
