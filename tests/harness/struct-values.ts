// Conversion between our property maps and protobuf Structs, the form every property travels in
// over gRPC. Struct.fromJavaScript throws "Unexpected struct type." on undefined
// (google-protobuf struct_pb.js:884-885), so undefined is dropped here, as the SDK's own
// serializer drops undefined properties before sending them.
import { Struct } from "google-protobuf/google/protobuf/struct_pb";

import type { PropertyMap, PropertyValue } from "./property-values";

export function toStruct(properties: Record<string, unknown>): Struct {
  return Struct.fromJavaScript(withoutUndefined(properties) as Record<string, PropertyValue>);
}

export function fromStruct(struct: Struct | undefined): PropertyMap {
  return (struct?.toJavaScript() ?? {}) as PropertyMap;
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutUndefined(item) ?? null);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefined(item)]),
  );
}
