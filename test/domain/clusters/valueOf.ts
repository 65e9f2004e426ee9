import { DistinctValue } from "../../../src/domain/clusters/clusterTypes";

/** A distinct value for guard and split tables: only the text (and country) matter to them. */
export function valueOf(value: string, count = 1, country: string | null = null, first = 0): DistinctValue {
  return { value, country, count, cells: [], first };
}
