import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Before a first check: which sheets are read, what happens, that nothing leaves the workbook, and where help is. */
export function FirstRun(): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label="How it works" className={styles.root}>
      <ul className={styles.list}>
        <li>
          <Text>
            <strong>Check workbook</strong> reads the incident sheet (named <em>Incidents</em>, or the one headed incident_id, event_date, event_type, …) and the weapon sheet (<em>Weapons</em>), and checks every row.
          </Text>
        </li>
        <li>
          <Text>What it finds is listed here, errors first; select a finding to go to its cell. Flag cells marks them in the sheet; Fix names proposes corrections you review before anything changes.</Text>
        </li>
        <li>
          <Text>Nothing leaves the workbook: the add-in sends your data nowhere.</Text>
        </li>
      </ul>
    </section>
  );
}
