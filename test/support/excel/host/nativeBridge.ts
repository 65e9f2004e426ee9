/**
 * The native bridge office.js uses in Excel's WebView hosts (`window._richApiNativeBridge`):
 * the library sends each request as a message text and gets replies through
 * `onMessageFromHost`. This one hands the messages to whatever host the slot holds.
 */
export interface BridgeHost {
  receive(message: string, reply: (message: string) => void): void;
  /** The requirement sets the host declares (`Office.context.requirements.isSetSupported`). */
  isSetSupported(name: string, version?: string | number): boolean;
}

/** Where the bridge finds the host of the moment (a test installs one, then takes it off). */
export interface BridgeSlot {
  host: BridgeHost | null;
}

export interface NativeBridge {
  sendMessageToHost(text: string): void;
  onMessageFromHost?: (text: string) => void;
}

export function createNativeBridge(slot: BridgeSlot): NativeBridge {
  const bridge: NativeBridge = {
    sendMessageToHost(text: string) {
      const reply = (answer: string) => bridge.onMessageFromHost?.(answer);
      if (slot.host) slot.host.receive(text, reply);
      // No host installed: as when the workbook is gone, the library gets a failed transport.
      else setTimeout(() => reply(JSON.stringify({ id: JSON.parse(text).id, type: 2, message: { statusCode: 503, headers: {}, body: "" } })), 0);
    },
  };
  return bridge;
}
