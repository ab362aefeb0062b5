// Meetings are arranged in UK time, whatever the browser's own zone: a day
// and a time of day in Europe/London become an ISO 8601 instant with its
// offset ("2027-03-04T13:30:00+00:00", "2027-07-01T09:00:00+01:00").

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The London offset from UTC, in minutes, at an instant. */
function londonOffset(ms: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** "HH:MM" (or "H:MM", "HH.MM") as [hours, minutes], or null. */
export function parseTimeOfDay(text: string): [number, number] | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? [hours, minutes] : null;
}

/** A London day (YYYY-MM-DD) and time of day as an ISO instant with its offset. */
export function londonInstant(isoDay: string, hours: number, minutes: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hours, minutes);
  // The offset at the wall-clock time read as UTC, then checked once more.
  let offset = londonOffset(wall);
  offset = londonOffset(wall - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${isoDay}T${two(hours)}:${two(minutes)}:00${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The instant as milliseconds, for comparing with now. */
export function instantMs(iso: string): number {
  return Date.parse(iso);
}
