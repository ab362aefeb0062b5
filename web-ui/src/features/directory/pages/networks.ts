// Network home: who is signed in, the care networks they can see, and for
// the selected network its neighbourhoods and GP practices.

import { getNetwork, listNetworks } from '../networksApi';
import type { NetworkDetail, NetworkSummary } from '../types';
import type { User } from '../../../core/api/types';
import { problemPanel } from '../../../core/components/problemPanel';
import { table } from '../../../core/components/tables';
import { h } from '../../../core/dom';
import { formatCount } from '../../../core/format';
import { setTitle } from '../../../core/layout';
import { session } from '../../../core/session';
import { practicesSection } from '../components/practices';

export async function renderNetworks(main: HTMLElement, selectedId: number | null): Promise<void> {
  setTitle('Your care networks');
  const user = session()!.user;
  const loading = h('p', { className: 'app-loading' }, 'Loading networks…');
  main.append(userHeading(user), loading);

  let networks: NetworkSummary[];
  try {
    networks = await listNetworks();
  } catch (error) {
    loading.replaceWith(problemPanel(error, 'h2'));
    return;
  }
  const chosen = selectedId ?? (networks.length === 1 ? networks[0]!.id : null);
  loading.replaceWith(networkList(networks, chosen));

  if (chosen === null) return;
  const detailSlot = h(
    'section',
    { 'aria-live': 'polite', 'data-testid': 'network-detail' },
    h('p', { className: 'app-loading' }, 'Loading network…'),
  );
  main.append(detailSlot);
  try {
    const network = await getNetwork(chosen);
    setTitle(network.name);
    detailSlot.replaceChildren(...networkDetail(network));
  } catch (error) {
    detailSlot.replaceChildren(problemPanel(error, 'h2'));
  }
}

function userHeading(user: User): HTMLElement {
  const context = [user.roleLabel, user.organisation?.name].filter(Boolean).join(', ');
  return h(
    'div',
    { className: 'app-account-summary', 'data-testid': 'user-heading' },
    h(
      'h1',
      {},
      h('span', { className: 'nhsuk-caption-l' }, context, h('span', { className: 'nhsuk-u-visually-hidden' }, ' – ')),
      user.displayName,
    ),
  );
}

function networkList(networks: NetworkSummary[], selectedId: number | null): HTMLElement {
  if (!networks.length) {
    return h('div', {}, h('h2', {}, 'Your care networks'), h('p', {}, 'You are not part of any care network yet.'));
  }
  return h(
    'div',
    {},
    h('h2', {}, 'Your care networks'),
    h('p', {}, 'Select a network to see its neighbourhoods and GP practices.'),
    table<NetworkSummary>({
      testId: 'networks',
      columns: [
        {
          header: 'Network',
          cell: (n) =>
            h(
              'a',
              {
                href: `/networks/${n.id}`,
                'aria-current': n.id === selectedId ? 'page' : null,
                className: n.id === selectedId ? 'app-network-list__item--current' : null,
              },
              n.name,
            ),
        },
        { header: 'Place', cell: (n) => n.place?.name ?? '' },
        { header: 'GP practices', cell: (n) => formatCount(n.practiceCount), numeric: true },
        { header: 'Registered patients', cell: (n) => formatCount(n.registeredPatients), numeric: true },
      ],
      rows: networks,
    }),
  );
}

function networkDetail(network: NetworkDetail): Node[] {
  return [
    h(
      'h2',
      { className: 'nhsuk-heading-l' },
      h(
        'span',
        { className: 'nhsuk-caption-m' },
        network.place?.name ?? '',
        h('span', { className: 'nhsuk-u-visually-hidden' }, ' – '),
      ),
      network.name,
    ),
    h(
      'p',
      {},
      `${formatCount(network.registeredPatients)} registered patients in ${formatCount(network.practices.length)} GP practices.`,
    ),
    ...practicesSection(network),
  ];
}
