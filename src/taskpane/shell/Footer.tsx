import * as React from "react";
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", paddingTop: tokens.spacingVerticalXS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, color: tokens.colorNeutralForeground2 },
});

/** The add-in's name once, at the foot of the pane (Office names the pane above it), and its help page. */
export function Footer(): React.JSX.Element {
  const styles = useStyles();
  return (
    <footer className={styles.root}>
      <Text size={200}>Incident Curator</Text>
      <Text size={200} aria-hidden="true">
        ·
      </Text>
      <Link href="help.html" target="_blank" rel="noopener">
        <Text size={200}>Help</Text>
      </Link>
    </footer>
  );
}
