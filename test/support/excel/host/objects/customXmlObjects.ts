/** The workbook's custom XML parts (ExcelApi 1.5): XML documents stored in the file, outside every sheet. */
import { HostError } from "../hostError";
import type { ExcelHost } from "../excelHost";
import { HostObject, Member } from "./hostObject";

export interface XmlPartModel {
  id: string;
  xml: string;
}

/** The namespace of an XML document's root element; InvalidArgument where the text is not one well-formed-looking element. */
function rootNamespace(xml: string): string {
  const text = xml.replace(/^\uFEFF/, "").replace(/^<\?xml[^>]*\?>\s*/, "");
  const root = /^<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(text) ?? /^<([A-Za-z_][\w.:-]*)([^>]*)\/>$/.exec(text);
  if (!root) throw new HostError("InvalidArgument", "The XML is not valid.");
  const name = root[1];
  if (!text.endsWith(`</${name}>`) && !text.endsWith("/>")) throw new HostError("InvalidArgument", "The XML is not valid.");
  // A CDATA section must be closed; the rest of well-formedness is the add-in's to keep.
  if ((text.match(/<!\[CDATA\[/g) ?? []).length !== (text.match(/\]\]>/g) ?? []).length) throw new HostError("InvalidArgument", "The XML is not valid.");
  const prefix = name.includes(":") ? name.split(":")[0] : "";
  const attribute = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ""}="([^"]*)"`).exec(root[2]);
  return attribute ? attribute[1] : "";
}

class PartCollection extends HostObject {
  readonly className: string = "CustomXmlPartCollection";
  constructor(host: ExcelHost, protected readonly namespace: string | null = null) {
    super(host);
  }

  protected parts(): XmlPartModel[] {
    return this.host.customXmlParts.filter((part) => this.namespace === null || rootNamespace(part.xml) === this.namespace);
  }

  override items(): HostObject[] {
    return this.parts().map((part) => new CustomXmlPartObject(this.host, part));
  }

  override indexer([id]: unknown[]): HostObject {
    const part = this.parts().find((candidate) => candidate.id === id);
    if (!part) throw new HostError("ItemNotFound", `The requested resource doesn't exist. (custom XML part '${String(id)}')`, 404);
    return new CustomXmlPartObject(this.host, part);
  }

  protected members(): Record<string, Member> {
    return {
      GetCount: { api: "1.5", call: () => this.parts().length },
      GetItem: { api: "1.5", path: (id) => this.indexer([id]) },
      GetItemOrNullObject: { api: "1.5", path: (id) => (this.parts().some((part) => part.id === id) ? this.indexer([id]) : null) },
    };
  }
}

export class CustomXmlPartCollectionObject extends PartCollection {
  protected override members(): Record<string, Member> {
    return {
      ...super.members(),
      Add: {
        api: "1.5",
        path: (xml) => {
          rootNamespace(String(xml));
          const part = { id: `{X0000000-0000-0000-0000-${String(this.host.customXmlParts.length + 1).padStart(12, "0")}${Math.random().toString(16).slice(2, 6)}}`, xml: String(xml) };
          this.host.customXmlParts.push(part);
          return new CustomXmlPartObject(this.host, part);
        },
      },
      GetByNamespace: { api: "1.5", path: (namespace) => new CustomXmlPartScopedCollectionObject(this.host, String(namespace)) },
    };
  }
}

class CustomXmlPartScopedCollectionObject extends PartCollection {
  override readonly className = "CustomXmlPartScopedCollection";
}

class CustomXmlPartObject extends HostObject {
  readonly className = "CustomXmlPart";
  constructor(host: ExcelHost, private readonly part: XmlPartModel) {
    super(host);
  }

  override id(): string {
    return this.part.id;
  }

  private present(): XmlPartModel {
    if (!this.host.customXmlParts.includes(this.part)) throw new HostError("ItemNotFound", `The requested resource doesn't exist. (custom XML part '${this.part.id}')`, 404);
    return this.part;
  }

  protected members(): Record<string, Member> {
    return {
      Id: { api: "1.5", get: () => this.part.id },
      NamespaceUri: { api: "1.5", get: () => rootNamespace(this.present().xml) },
      GetXml: { api: "1.5", call: () => this.present().xml },
      SetXml: {
        api: "1.5",
        call: (xml) => {
          rootNamespace(String(xml));
          this.present().xml = String(xml);
        },
      },
      Delete: {
        api: "1.5",
        call: () => {
          this.present();
          this.host.customXmlParts = this.host.customXmlParts.filter((part) => part !== this.part);
        },
      },
    };
  }
}
