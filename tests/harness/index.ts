// The test harness: runs Pulumi dynamic providers (and, later, whole programs) as the Pulumi CLI
// would, with no CLI installed. Test code only; nothing here ships in the package.
export { toCheckpointValue, fromCheckpointValue } from "./checkpoint-values";
export type { DeploymentResult, OperationKind, Step, StepOperation } from "./deployment-result";
export type { StoredResource } from "./deployment-state";
export { startEngineService } from "./engine-service";
export type { LogEntry, LogSeverity, RunningEngineService } from "./engine-service";
export {
  installPackages,
  packPackage,
  REPOSITORY_NODE_MODULES,
  REPOSITORY_ROOT,
} from "./package-install";
export type { InstallOptions, InstalledPackage, ProgramFolder } from "./package-install";
export { openProgramStack, pulumiCliAvailable } from "./program-stack";
export type { EngineKind, ProgramStack, ProgramStackOptions } from "./program-stack";
export {
  annotateSecrets,
  containsSecrets,
  containsUnknowns,
  isSecret,
  markSecretOutputs,
  sameValues,
  secret,
  SECRET_SIGNATURE,
  SIGNATURE_KEY,
  stripSecrets,
  UNKNOWN_VALUE,
} from "./property-values";
export type { PropertyMap, PropertyValue, SecretValue } from "./property-values";
export { isProviderCallError, ProviderCallError } from "./provider-call-error";
export type { ResourceInitFailure } from "./provider-call-error";
export { ProviderClient } from "./provider-client";
export type {
  CheckFailure,
  CheckResult,
  CreateResult,
  DiffChanges,
  DiffResult,
  ReadResult,
  ResourceRef,
  SecretOptions,
  StackConfig,
} from "./provider-client";
export { startProviderPlugin } from "./provider-plugin";
export type { ProviderPlugin, ProviderPluginOptions } from "./provider-plugin";
export { registeredInputs } from "./registered-inputs";
export { serializeProvider } from "./provider-serialization";
export type { SerializedProvider } from "./provider-serialization";
export { releaseSharedProgramFolders, sharedProgramFolder } from "./shared-program-folder";
export { makeUrn, nameOfUrn, typeOfUrn } from "./urn";
export type { UrnParts } from "./urn";
