// Legal dates are calendar dates in Asia/Tbilisi, whatever the server's own zone.
const tbilisiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tbilisi',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Tbilisi at an instant, as 'YYYY-MM-DD'. */
export function tbilisiDate(instant: Date): string {
  return tbilisiDateFormat.format(instant);
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still (tests, benchmarks), or moves only when told. */
export function fixedClock(instant: Date | string): Clock & { set(instant: Date | string): void } {
  let current = new Date(instant);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
  };
}
