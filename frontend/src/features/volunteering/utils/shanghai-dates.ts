// Openings, shifts and the date filters live in Asia/Shanghai (UTC+8 all year, no daylight saving),
// whatever the browser's own time zone is.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDay = string;
export type DayRange = { from: IsoDay; to: IsoDay };

/** `instant` as a UTC date whose UTC fields read Shanghai's wall clock. */
function shanghaiWallClock(instant: Date): Date {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
}

function isoDay(wallClock: Date): IsoDay {
  return wallClock.toISOString().slice(0, 10);
}

/** Today in Shanghai. */
export function shanghaiToday(now: Date = new Date()): IsoDay {
  return isoDay(shanghaiWallClock(now));
}

/**
 * "This weekend": Saturday and Sunday of this week in Shanghai; on a Sunday only that Sunday,
 * from Monday to Friday the coming Saturday and Sunday.
 */
export function thisWeekend(now: Date = new Date()): DayRange {
  const today = shanghaiWallClock(now);
  const weekday = today.getUTCDay(); // 0 Sunday … 6 Saturday
  if (weekday === 0) return { from: isoDay(today), to: isoDay(today) };
  const saturday = new Date(today.getTime() + (6 - weekday) * DAY_MS);
  const sunday = new Date(saturday.getTime() + DAY_MS);
  return { from: isoDay(saturday), to: isoDay(sunday) };
}

/** "This month": from today to the last day of this month in Shanghai (past days have no openings). */
export function thisMonth(now: Date = new Date()): DayRange {
  const today = shanghaiWallClock(now);
  const lastDay = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0));
  return { from: isoDay(today), to: isoDay(lastDay) };
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function format(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let result = timeFormats.get(key);
  if (!result) {
    result = new Intl.DateTimeFormat(language, { timeZone: 'Asia/Shanghai', ...options });
    timeFormats.set(key, result);
  }
  return result;
}

/** A shift as people read it: "2026-12-05 (周六) 09:00–12:30", in Shanghai time. */
export function formatShift(startsAt: string, endsAt: string, language: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const day = shanghaiToday(start);
  const weekday = format(language, { weekday: 'short' }).format(start);
  const time = format(language === 'en' ? 'en-GB' : language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const endDay = shanghaiToday(end);
  const endText = endDay === day ? time.format(end) : `${endDay} ${time.format(end)}`;
  return `${day} (${weekday}) ${time.format(start)}–${endText}`;
}

/** An instant as a Shanghai date and time: "2026-12-01 18:00". */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return '';
  const wall = shanghaiWallClock(new Date(instant));
  return `${isoDay(wall)} ${wall.toISOString().slice(11, 16)}`;
}
