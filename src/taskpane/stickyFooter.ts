import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** The bar of a long view's commands (Apply, Merge), always in sight at the bottom of its scrolling box. */
export const STICKY_FOOTER: GriffelStyle = {
  position: "sticky",
  bottom: 0,
  zIndex: 1,
  display: "flex",
  flexWrap: "wrap",
  gap: tokens.spacingHorizontalS,
  alignItems: "center",
  padding: `${tokens.spacingVerticalS} 0`,
  backgroundColor: tokens.colorNeutralBackground1,
  borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
};
