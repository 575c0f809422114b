// Deletes resources so that nothing is deleted while something that depends on it (through
// dependencies or as its child) still exists, running independent deletes at once.
import type { StoredResource } from "./deployment-state";

export async function deleteInDependencyOrder(
  resources: readonly StoredResource[],
  deleteOne: (resource: StoredResource) => Promise<void>,
): Promise<void> {
  const started = new Map<StoredResource, Promise<void>>();

  const dependentsOf = (resource: StoredResource) =>
    resources.filter(
      (other) =>
        other !== resource &&
        (other.parent === resource.urn || other.dependencies.includes(resource.urn)),
    );
  const start = (resource: StoredResource): Promise<void> => {
    let deletion = started.get(resource);
    if (deletion === undefined) {
      deletion = Promise.all(dependentsOf(resource).map(start)).then(() => deleteOne(resource));
      started.set(resource, deletion);
    }
    return deletion;
  };
  // allSettled first so that every delete that can run does, then surface the first failure.
  const outcomes = await Promise.allSettled(resources.map(start));
  const failure = outcomes.find((outcome) => outcome.status === "rejected");
  if (failure) throw (failure as PromiseRejectedResult).reason;
}
