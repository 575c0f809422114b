/**
 * Picking one item a provider serves (a Neutron network, a Glance image) by its name or by its
 * provider-side id: exactly one of the two arguments. The engine's REST API names them by the
 * provider's own id, which is stable; a name is easier to write, and unique on most providers.
 */
import type { ObjectRule } from "./strict-object";

export function exactlyOneOf(byName: string, byId: string, what: string): ObjectRule {
  return (input) => {
    const nameGiven = input[byName] !== undefined && input[byName] !== null;
    const idGiven = input[byId] !== undefined && input[byId] !== null;

    if (nameGiven && idGiven) {
      return [{ path: [byId], message: `cannot be combined with ${byName}; give one of them` }];
    }

    return nameGiven || idGiven
      ? []
      : [
          {
            path: [byName],
            message: `is required: give the ${what}'s name, or its provider-side id as ${byId}`,
          },
        ];
  };
}
