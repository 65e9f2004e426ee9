import * as React from "react";
import { Text } from "@fluentui/react-components";
import { Messages } from "./Messages";

interface State {
  failed: unknown;
}

/**
 * A view loaded lazily, with what to show while it loads and if it fails: a chunk that
 * cannot be fetched (the pane's files were updated under it, the connection dropped) or a
 * view that throws while it renders is said in the view's place, as the add-in's own fault,
 * and the rest of the pane keeps working. Without it React unmounts the whole pane.
 */
export class ViewBoundary extends React.Component<{ name: string; pendingClassName?: string; children: React.ReactNode }, State> {
  override state: State = { failed: undefined };

  static getDerivedStateFromError(failed: unknown): State {
    return { failed: failed ?? new Error("unknown error") };
  }

  override render(): React.ReactNode {
    const { failed } = this.state;
    if (failed !== undefined) {
      const message = failed instanceof Error ? failed.message : String(failed);
      const chunk = failed instanceof Error && (failed.name === "ChunkLoadError" || /Loading chunk|dynamically imported module/i.test(message));
      return (
        <Messages
          messages={[
            {
              intent: "error",
              title: `The ${this.props.name} view could not ${chunk ? "load" : "be shown"}`,
              text: chunk
                ? `Part of the add-in could not be fetched (${message}). Close the pane and open it again; the workbook is unchanged, and the other views still work.`
                : `The add-in itself failed (a fault in its code, not in Excel or the workbook): ${message}. Close the pane and open it again; the other views still work. Please report it.`,
            },
          ]}
        />
      );
    }
    return <React.Suspense fallback={<Text className={this.props.pendingClassName}>Loading the view…</Text>}>{this.props.children}</React.Suspense>;
  }
}
