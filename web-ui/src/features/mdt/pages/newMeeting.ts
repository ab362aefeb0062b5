// Schedule an MDT meeting: the network or neighbourhood (within the user's
// reach), a title, the day and time (UK time), how long, where (a place or a
// video link, or both) and who chairs it (the user unless they choose another
// member of staff). Mistakes are shown against their fields, the page's and
// the server's alike.

import { createMeeting } from '../api';
import type { NewMeeting } from '../types';
import type { FieldError } from '../../../core/api/problem';
import { showApiError } from '../../../core/components/apiErrors';
import { dateField } from '../../../core/components/dateField';
import { textField } from '../../../core/components/fields';
import { FormErrors } from '../../../core/components/formErrors';
import { headedForm } from '../../../core/components/headedForm';
import { problemPanel } from '../../../core/components/problemPanel';
import { selectField } from '../../../core/components/selectField';
import { h } from '../../../core/dom';
import { setFlash } from '../../../core/flash';
import { isoDate, todayIso } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { navigate } from '../../../core/router';
import { session } from '../../../core/session';
import { areaOptionGroups, reachableAreas } from '../components/areas';
import { staffSearch } from '../components/staffSearch';
import { instantMs, londonInstant, parseTimeOfDay } from '../ukTime';
import { meetingWhen } from '../words';

export async function renderNewMeeting(main: HTMLElement, url: URL): Promise<void> {
  setTitle('Schedule an MDT meeting');
  const me = session()?.user;
  const back = h(
    'div',
    { className: 'nhsuk-back-link' },
    h('a', { className: 'nhsuk-back-link__link', href: '/mdt' }, 'MDT meetings'),
  );
  const loading = h('p', { className: 'app-loading' }, 'Finding the areas you work with…');
  main.append(back, loading);
  let groups;
  try {
    groups = areaOptionGroups(await reachableAreas(me?.id ?? 0));
  } catch (error) {
    loading.replaceWith(problemPanel(error));
    return;
  }
  if (!groups.length) {
    loading.replaceWith(
      h('h1', {}, 'Schedule an MDT meeting'),
      h(
        'p',
        { 'data-testid': 'no-areas' },
        'MDT meetings are scheduled by staff who work with every GP practice of a network or neighbourhood, and you do not. Ask your care coordinator or network manager.',
      ),
    );
    return;
  }
  const errorSlot = h('div');
  const area = selectField({
    id: 'areaId',
    label: 'Network or neighbourhood',
    hint: 'The people it discusses are registered at its GP practices',
    options: [{ value: '', text: 'Choose an area' }, ...groups],
    value:
      url.searchParams.get('areaId') ??
      (groups.length === 1 && groups[0]!.options.length >= 1 ? groups[0]!.options[0]!.value : ''),
  });
  const title = textField({
    id: 'title',
    label: 'Title',
    hint: 'For example, "Bermondsey frailty MDT"',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  const day = dateField({ id: 'startsAt', legend: 'Date', hint: 'For example, 27 3 2027' });
  const time = textField({
    id: 'startTime',
    label: 'Start time',
    hint: 'UK time, 24-hour clock, for example 13:30',
    widthClass: 'nhsuk-input--width-5',
    inputmode: 'numeric',
  });
  const duration = textField({
    id: 'durationMinutes',
    label: 'How long, in minutes',
    hint: 'From 5 to 720',
    widthClass: 'nhsuk-input--width-4',
    inputmode: 'numeric',
  });
  duration.input.value = '60';
  const location = textField({
    id: 'location',
    label: 'Where (optional)',
    hint: 'A room and building, for example "Meeting room 2, Albion Street Group Practice"',
    widthClass: 'nhsuk-u-width-two-thirds',
  });
  const videoLink = textField({
    id: 'videoLink',
    label: 'Video call link (optional)',
    hint: 'Starting https://',
    widthClass: 'nhsuk-u-width-two-thirds',
    type: 'url',
  });
  const chair = staffSearch({
    id: 'chairUserId',
    legend: 'Who chairs it',
    hint: 'You, unless you find and choose someone else. The chair and staff whose reach covers the area can change the meeting.',
    initial: me ? { id: me.id, text: `You (${me.displayName})` } : undefined,
  });
  const fields = new FormErrors(errorSlot, {
    areaId: area,
    title,
    startsAt: day,
    startTime: time,
    durationMinutes: duration,
    location,
    videoLink,
    chairUserId: chair.field,
  });
  const button = h('button', { className: 'nhsuk-button', type: 'submit' }, 'Schedule the meeting');
  const form = headedForm(
    {
      id: 'new-meeting',
      heading: 'The meeting',
      intro: 'Once it is scheduled you can invite attendees and choose who to discuss.',
      testId: 'new-meeting',
    },
    area.group,
    title.group,
    day.group,
    time.group,
    duration.group,
    location.group,
    videoLink.group,
    chair.element,
    button,
  );
  loading.replaceWith(errorSlot, h('h1', {}, 'Schedule an MDT meeting'), form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!area.input.value) problems.push({ field: 'areaId', message: 'Choose the network or neighbourhood' });
    if (!title.input.value.trim()) problems.push({ field: 'title', message: 'Enter a title' });
    const anyDay = day.day.value || day.month.value || day.year.value;
    const startDay = anyDay ? isoDate(day.day.value, day.month.value, day.year.value) : null;
    if (!anyDay) problems.push({ field: 'startsAt', message: 'Enter the date of the meeting' });
    else if (!startDay) problems.push({ field: 'startsAt', message: 'Date must be a real date' });
    else if (startDay < todayIso())
      problems.push({ field: 'startsAt', message: 'Date must be today or in the future' });
    const hm = parseTimeOfDay(time.input.value);
    if (!time.input.value.trim()) problems.push({ field: 'startTime', message: 'Enter the start time' });
    else if (!hm) problems.push({ field: 'startTime', message: 'Start time must be a time of day such as 13:30' });
    const minutesText = duration.input.value.trim() || '60';
    const minutes = /^\d{1,3}$/.test(minutesText) ? Number(minutesText) : NaN;
    if (!(minutes >= 5 && minutes <= 720))
      problems.push({ field: 'durationMinutes', message: 'How long must be a whole number of minutes from 5 to 720' });
    const link = videoLink.input.value.trim();
    if (link && !link.startsWith('https://'))
      problems.push({ field: 'videoLink', message: 'Video call link must start https://' });
    if (!chair.value()) problems.push({ field: 'chairUserId', message: 'Choose who chairs it' });
    let startsAt = '';
    if (startDay && hm) {
      startsAt = londonInstant(startDay, hm[0], hm[1]);
      if (instantMs(startsAt) < Date.now())
        problems.push({ field: 'startTime', message: 'Start time must not be in the past' });
    }
    if (problems.length) {
      fields.show(problems);
      return;
    }
    const body: NewMeeting = {
      areaId: Number(area.input.value),
      title: title.input.value.trim(),
      startsAt,
      durationMinutes: minutes,
    };
    if (location.input.value.trim()) body.location = location.input.value.trim();
    if (link) body.videoLink = link;
    if (chair.value() && chair.value() !== me?.id) body.chairUserId = chair.value();
    button.disabled = true;
    try {
      const meeting = await createMeeting(body);
      setFlash({
        heading: `Meeting scheduled: ${meeting.title}`,
        body: `${meetingWhen(meeting)}. Now invite attendees and choose who to discuss.`,
        testId: 'meeting-saved',
      });
      navigate(`/mdt/${meeting.id}`);
    } catch (error) {
      showApiError(errorSlot, error, {
        thing: 'meeting',
        reload: () => navigate(url.pathname + url.search, { replace: true }),
        fields,
      });
    } finally {
      button.disabled = false;
    }
  });
}
