/**
 * A Jest environment whose tests run beside the real Excel client library of
 * @microsoft/office-js, loaded once per test file in the test's own realm: `Excel` and
 * `OfficeExtension` are the library's, and `ExcelStandIn.install()` points its bridge at
 * a fake host. Choose the library with `@jest-environment-options {"officeJs": "excel-win32-16.01"}`.
 */
import NodeEnvironment from "jest-environment-node";
import type { EnvironmentContext, JestEnvironmentConfig } from "@jest/environment";
import { loadOfficeJsInto, OfficeJsVariant } from "./loadOfficeJs";

export default class OfficeJsEnvironment extends NodeEnvironment {
  private readonly variant: OfficeJsVariant;
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    this.variant = ((config.projectConfig.testEnvironmentOptions as { officeJs?: OfficeJsVariant }).officeJs ?? "excel-web-16.00");
  }

  override async setup(): Promise<void> {
    await super.setup();
    const context = this.getVmContext();
    if (!context) throw new Error("The Jest environment has no VM context to load office.js into.");
    loadOfficeJsInto(context, this.global as unknown as Record<string, unknown>, this.variant);
  }
}
