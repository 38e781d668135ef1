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
 * Late in the evening (a start after 23:40) the shift begins at midnight instead, on the next
 * Shanghai day, which is still within two hours; so the journey runs at any time of day.
 */
export function soonShift(now = new Date(), leadMinutes = 30) {
  const lead = new Date(now.getTime() + leadMinutes * 60_000);
  const wall = shanghai(lead);
  let startInstant = new Date(lead.getTime() + ((5 - (wall.minutes % 5)) % 5) * 60_000);
  const latest = 23 * 60 + 40;
  if (wall.date !== shanghai(startInstant).date || shanghai(startInstant).minutes > latest) {
    // the next Shanghai midnight after `lead`
    startInstant = new Date(lead.getTime() + (24 * 60 - wall.minutes) * 60_000);
    startInstant.setUTCSeconds(0, 0);
  }
  const start = shanghai(startInstant);
  const endMinutes = Math.min(start.minutes + 210, 23 * 60 + 55);
  const deadline = shanghai(new Date(startInstant.getTime() - 5 * 60_000));
  return {
    date: start.date,
    start: hhmm(start.minutes),
    end: hhmm(endMinutes),
    deadline: `${deadline.date}T${deadline.time}`,
  };
}
