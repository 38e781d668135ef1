/** Wall-clock parts of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghai(instant: Date): { date: string; time: string; minutes: number } {
  const wall = new Date(instant.getTime() + 8 * 3600_000);
  const iso = wall.toISOString();
  return {
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A shift that has not started yet, so one may still sign up, but starts within the two hours in
 * which check-in opens: from `leadMinutes` from now (on a 5-minute step) for up to 3.5 hours,
 * ending the same Shanghai day (as the API requires); with it, a sign-up deadline just before it.
 */
export function soonShift(now = new Date(), leadMinutes = 30) {
  const start = new Date(now.getTime() + leadMinutes * 60_000);
  const day = shanghai(start);
  const startMinutes = Math.ceil(day.minutes / 5) * 5;
  if (day.date !== shanghai(now).date || startMinutes > 23 * 60 + 40) {
    throw new Error(
      'the journey needs a shift later today (Asia/Shanghai) that starts within two hours; ' +
        'it cannot run between 23:10 and 24:00 China Standard Time',
    );
  }
  const endMinutes = Math.min(startMinutes + 210, 23 * 60 + 55);
  const deadline = shanghai(new Date(start.getTime() - 5 * 60_000));
  return {
    date: day.date,
    start: hhmm(startMinutes),
    end: hhmm(endMinutes),
    deadline: `${deadline.date}T${deadline.time}`,
  };
}
