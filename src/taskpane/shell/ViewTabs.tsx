import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";

/** The pane's views, as tabs `tab-<view>` over panels `panel-<view>`; shown once a check has run. */
export function ViewTabs<View extends string>({ view, onView, className }: { view: View; onView: (view: View) => void; className?: string }): React.JSX.Element {
  return (
    <TabList className={className} selectedValue={view} onTabSelect={(_, data) => onView(data.value as View)} aria-label="Views">
      <Tab value="findings" id="tab-findings">
        Findings
      </Tab>
      <Tab value="export" id="tab-export">
        Export
      </Tab>
      <Tab value="clusters" id="tab-clusters">
        Clusters
      </Tab>
    </TabList>
  );
}
