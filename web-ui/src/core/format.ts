// Display formats used across the UI (NHS content style).

/** "9990000026" -> "999 000 0026" (the NHS 3-3-4 display format). */
export function formatNhsNumber(value: string | null): string {
  if (!value) return 'Not known';
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 10) return value;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** Removes the spaces or dashes people type in NHS numbers. */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1938-04-12" -> "12 April 1938". */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return dateFormat.format(new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)));
}

// Care in England runs on UK time, whatever the browser's own zone.
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** A server timestamp ("2026-11-22T15:04:05.000000Z") as "HH:MM" UK time. */
export function formatTime(timestamp: string): string {
  const when = parseTimestamp(timestamp);
  return when ? timeFormat.format(when) : timestamp;
}

export function parseTimestamp(timestamp: string): Date | null {
  // Date.parse is only specified for up to 3 fractional digits.
  const trimmed = timestamp.replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? null : new Date(ms);
}

const countFormat = new Intl.NumberFormat('en-GB');

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? 'Not known' : countFormat.format(value);
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

/** Builds a YYYY-MM-DD date from the NHS date input's three fields, or null. */
export function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) {
    return null;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year.trim()}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Server messages are lower-case fragments; show them as sentences. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}

/** A field message such as "is required" becomes "Family name is required". */
export function fieldMessage(label: string, message: string): string {
  const text = message.trim();
  return /^[a-z]/.test(text) ? `${label} ${text}` : text;
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** A server timestamp as "22 November 2026 at 11:55" (UK time). */
export function formatDateTime(timestamp: string): string {
  const when = parseTimestamp(timestamp);
  if (!when) return timestamp;
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(when).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}

/** A server timestamp's day as "22 November 2026" (UK time). */
export function formatDay(timestamp: string): string {
  const when = parseTimestamp(timestamp);
  if (!when) return timestamp;
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(when).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year}`;
}

/** Today's date in the UK as YYYY-MM-DD. */
export function todayIso(): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/London' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The text with its first letter in capitals: "referral" -> "Referral". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
