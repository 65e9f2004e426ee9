import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

/** A message of the pane: what a step did, why it could not, or a notice. */
export interface PaneMessage {
  intent: "error" | "warning" | "success" | "info";
  text: string;
  /** A few words before the text, in bold. */
  title?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  // Long sheet names and cell lists wrap instead of widening the pane.
  body: { overflowWrap: "anywhere" },
});

/**
 * The pane's messages, each always laid out on several lines (Fluent's automatic layout
 * stays single-line when the text changes while shown, and the page then scrolls sideways).
 * Focusable by script: after a step whose button goes away, focus lands here, not on the page.
 * `live`: the box is a polite live region, there while empty, so that each message added is
 * heard once; off where focus is about to move onto the messages (which reads them). Standing
 * notices pass no `live`.
 */
export const Messages = React.forwardRef<HTMLDivElement, { messages: readonly PaneMessage[]; live?: boolean }>(function Messages({ messages, live }, ref) {
  const styles = useStyles();
  if (messages.length === 0 && live === undefined) return null;
  return (
    <div ref={ref} tabIndex={-1} className={styles.root} data-pane-messages="" aria-live={live === undefined ? undefined : live ? "polite" : "off"}>
      {messages.map((message, index) => (
        <MessageBar key={`${index}:${message.intent}:${message.text}`} intent={message.intent} layout="multiline" data-intent={message.intent}>
          <MessageBarBody className={styles.body}>
            {message.title && <MessageBarTitle>{message.title}</MessageBarTitle>}
            {message.text}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
});
