/** Partial ISO dates ("2022", "2022-08", "2022-08-26") as the day ranges they cover. */
import { PARTIAL_DATE_PATTERN } from "../model";

/** First and last day of a partial date, as full ISO dates. */
export function dateSpan(date: string): { first: string; last: string } {
  const [year, month, day] = date.split("-");
  if (day) return { first: date, last: date };
  if (month) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(days).padStart(2, "0")}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** A query's date bound, checked: undefined when absent, else its span; throws naming the bad value. */
export function dateBound(
  value: string | undefined,
  name: string,
): { first: string; last: string } | undefined {
  if (value === undefined || value === "") return undefined;
  if (!PARTIAL_DATE_PATTERN.test(value))
    throw new Error(`${name} must be an ISO date such as 2022, 2022-08 or 2022-08-26, got "${value}"`);
  return dateSpan(value);
}
