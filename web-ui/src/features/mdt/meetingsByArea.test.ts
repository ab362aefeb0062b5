import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { find, openPage, signInAs, submit, textOf } from '../../core/testing/page';
import { renderMeetings } from './pages/list';
import { aMeeting } from './testing';
import { answerAreas } from './testingAreas';

describe('MDT meetings by area', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
  });

  it('offers the areas within the user’s reach, and choosing one puts it in the address', async () => {
    signInAs({ id: 101 });
    answerAreas(fake, { withinReach: true });
    const main = await openPage(renderMeetings, '/mdt?view=area');
    const area = find<HTMLSelectElement>(main, 'select#areaId');
    expect([...area.options].map((o) => o.text)).toEqual([
      'Choose an area',
      'Riverside (whole network)',
      'Riverside neighbourhood',
    ]);
    expect(textOf(find(main, '[data-testid="meeting-results"]'))).toBe(
      'Choose a network or neighbourhood to see its meetings.',
    );
    area.value = '12';
    submit(find<HTMLFormElement>(main, '[data-testid="area-picker"] form'));
    expect(location.pathname + location.search).toBe('/mdt?areaId=12');
  });

  it('lists an area’s meetings, and scheduling one starts in that area', async () => {
    signInAs({ id: 102 });
    answerAreas(fake, { withinReach: true });
    fake.on('GET', '/mdt/meetings?areaId=12', { items: [aMeeting()] });
    const main = await openPage(renderMeetings, '/mdt?areaId=12');
    // The chosen area is marked selected (happy-dom's select.value does not follow the attribute).
    expect(find<HTMLOptionElement>(main, 'select#areaId option[selected]').value).toBe('12');
    expect(textOf(find(main, '[data-testid="meetings-upcoming"], [data-testid="meetings-past"]'))).toContain(
      'Riverside frailty MDT',
    );
    expect(find(main, '[data-testid="schedule-link"]').getAttribute('href')).toBe('/mdt/new?areaId=12');
  });

  it('someone whose reach covers no whole area is told to use My meetings', async () => {
    signInAs({ id: 103 });
    answerAreas(fake, { withinReach: false });
    const main = await openPage(renderMeetings, '/mdt?view=area');
    expect(textOf(find(main, '[data-testid="no-areas"]'))).toContain('you see the meetings you chair or attend');
    expect(fake.callsTo('GET', '/mdt/meetings?areaId=12&state')).toHaveLength(1);
  });
});
