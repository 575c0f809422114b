/**
 * The dynamic-provider plugin turns every record a provider returns into a protobuf Struct,
 * which refuses `undefined`: one undefined value fails the whole call with "Unexpected struct
 * type", after the engine has already done the work. So outputs, props and inputs handed back
 * to Pulumi go through this first; an absent key and an undefined one mean the same to Pulumi.
 */
export function definedValues<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
