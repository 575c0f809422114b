/**
 * Picking one item a provider serves (a Neutron network, a Glance image) by its name or by its
 * provider-side id: exactly one of the two arguments. The engine's REST API names them by the
 * provider's own id, which is stable; a name is easier to write, and unique on most providers.
 */
import { isGiven, mayBeGiven } from "./given-arguments";
import type { ObjectRule } from "./strict-object";

export function exactlyOneOf(byName: string, byId: string, what: string): ObjectRule {
  return (input) => {
    if (isGiven(input, byName) && isGiven(input, byId)) {
      return [{ path: [byId], message: `cannot be combined with ${byName}; give one of them` }];
    }

    return mayBeGiven(input, byName) || mayBeGiven(input, byId)
      ? []
      : [
          {
            path: [byName],
            message: `is required: give the ${what}'s name, or its provider-side id as ${byId}`,
          },
        ];
  };
}
