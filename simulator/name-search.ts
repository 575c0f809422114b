import type { ApiRequest } from "./api-request";
import { compileSearch } from "./search-query";

/**
 * The `search` and `case_sensitive` query parameters of an engine collection, for collections
 * whose items the simulator lets clients search by name only (`search=name=web*`).
 */
export function nameSearchOf(request: ApiRequest): (name: string) => boolean {
  const caseSensitive = request.query.case_sensitive?.toLowerCase() !== "false";
  const matches = compileSearch(request.query.search ?? "", ["name"], caseSensitive);
  return (name) => matches({ name });
}
