import * as React from "react";
import { Button, Checkbox, Label, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookCheck } from "../domain/checks/checkWorkbook";
import { dataPackage } from "../domain/export/dataPackage";
import { exportSheet, exportSheetCsv, ExportOptions, validIncidentIdsOf } from "../domain/export/exportSheet";
import type { SheetKind } from "../domain/schema/fieldSpec";
import type { SheetExporter } from "../services/exportService";
import { downloadText } from "./download";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ExportViewProps {
  result: WorkbookCheck;
  /** Where downloads are blocked (Excel on Mac): writes the rows to a new sheet instead. */
  sheets?: SheetExporter | null;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}

/** Export view: sheet, rows, BOM, canonical names, issue columns, schema; saved as files or put in a new sheet. */
export function ExportView({ result, sheets, onDone, onError }: ExportViewProps): React.JSX.Element {
  const styles = useStyles();
  const available = (["incidents", "weapons"] as SheetKind[]).filter((kind) => result[kind]);
  const [kind, setKind] = React.useState<SheetKind>(available[0] ?? "incidents");
  const [validOnly, setValidOnly] = React.useState(true);
  const [bom, setBom] = React.useState(true);
  const [canonical, setCanonical] = React.useState(false);
  const [withIssues, setWithIssues] = React.useState(false);
  const [schema, setSchema] = React.useState(false);

  const options = (): ExportOptions => ({
    validOnly,
    canonicalNames: canonical,
    withIssues,
    issues: result.issues,
    validIncidentIds: kind === "weapons" ? validIncidentIdsOf(result) : undefined,
  });
  const build = () => exportSheetCsv(result[kind]!, { ...options(), bom });
  const describe = (written: number, leftOut: number) => `${written} ${kind} rows${leftOut ? ` (${leftOut} with errors left out)` : ""}`;

  const save = () => {
    try {
      const csv = build();
      downloadText(`${kind}.csv`, csv.text, "text/csv;charset=utf-8");
      if (schema) downloadText("datapackage.json", `${JSON.stringify(dataPackage([{ kind, path: `${kind}.csv`, extraColumns: withIssues ? ["issue_codes", "issue_messages"] : [], legacyTaxonomy: result[kind]!.legacyTaxonomy }]), null, 2)}\n`, "application/json");
      onDone(`Saved ${describe(csv.written, csv.leftOut)} as ${kind}.csv${schema ? " with datapackage.json" : ""}.`);
    } catch (error) {
      onError(error);
    }
  };
  const toSheet = async () => {
    if (!sheets) return;
    try {
      const exported = exportSheet(result[kind]!, options());
      const name = await sheets.toNewSheet(`Export ${kind}`, exported.rows);
      onDone(`Put ${describe(exported.written, exported.leftOut)} in the new sheet "${name}": save it with File → Save a Copy → CSV UTF-8.`);
    } catch (error) {
      onError(error);
    }
  };

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
              {k}
            </option>
          ))}
        </Select>
      </div>
      <Checkbox checked={validOnly} onChange={(_, data) => setValidOnly(!!data.checked)} label="Only rows without errors" />
      <Checkbox checked={canonical} onChange={(_, data) => setCanonical(!!data.checked)} label="Canonical names in place of raw ones" />
      <Checkbox checked={withIssues} onChange={(_, data) => setWithIssues(!!data.checked)} label="Add each row's issues (two columns)" />
      <Checkbox checked={bom} onChange={(_, data) => setBom(!!data.checked)} label="Byte order mark (for Excel on Windows)" />
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
