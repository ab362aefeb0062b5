import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeClient, type FakeClient } from '../../core/testing/fakeClient';
import { mountMain, settle, signInAs, textOf } from '../../core/testing/page';
import { renderNetworks } from './pages/networks';

describe('networks', () => {
  let fake: FakeClient;
  beforeEach(() => {
    fake = installFakeClient();
    signInAs();
  });

  it('lists the user’s care networks with their practice counts', async () => {
    fake.on('GET', '/networks', {
      items: [
        {
          id: 1,
          code: 'RIV',
          name: 'Riverside',
          place: { id: 1, name: 'Leeds' },
          practiceCount: 2,
          registeredPatients: 19000,
        },
      ],
    });
    const main = mountMain();
    await renderNetworks(main, null);
    await settle();
    expect(textOf(main)).toContain('Riverside');
    expect(textOf(main)).toContain('19,000');
    expect(main.querySelector('a[href="/networks/1"]')).not.toBeNull();
  });

  it('shows a network’s GP practices', async () => {
    fake.on('GET', '/networks', {
      items: [
        {
          id: 1,
          code: 'RIV',
          name: 'Riverside',
          place: { id: 1, name: 'Leeds' },
          practiceCount: 1,
          registeredPatients: 19000,
        },
      ],
    });
    fake.on('GET', '/networks/1', {
      id: 1,
      code: 'RIV',
      name: 'Riverside',
      place: { id: 1, name: 'Leeds' },
      registeredPatients: 19000,
      neighbourhoods: [{ id: 3, code: 'N1', name: 'North' }],
      practices: [
        {
          id: 2,
          odsCode: 'B86001',
          name: 'Riverside Surgery',
          postcode: 'LS1 1AA',
          listSize: 9000,
          pcnName: null,
          neighbourhoodId: 3,
        },
      ],
    });
    const main = mountMain();
    await renderNetworks(main, 1);
    await settle();
    expect(textOf(main)).toContain('Riverside Surgery');
    expect(textOf(main)).toContain('B86001');
  });
});
