import { afterEach, describe, expect, it } from 'vitest';
import { installFakeClient } from './testing/fakeClient';
import { loadStaffRoles, resetStaffRoles, staffRoleLabel } from './staffRoles';

describe('staff role labels', () => {
  afterEach(() => resetStaffRoles());

  it("uses the server's labels once loaded, and loads them once", async () => {
    const fake = installFakeClient().on('GET', '/roles', {
      items: [{ code: 'link_worker', label: 'Social prescribing link worker', permissions: ['person:read'] }],
    });
    expect(staffRoleLabel('link_worker')).toBe('link worker');
    await loadStaffRoles();
    await loadStaffRoles();
    expect(staffRoleLabel('link_worker')).toBe('Social prescribing link worker');
    expect(fake.callsTo('GET', '/roles')).toHaveLength(1);
  });

  it('shows an unknown code with spaces, and nothing for none', async () => {
    installFakeClient().on('GET', '/roles', { items: [] });
    await loadStaffRoles();
    expect(staffRoleLabel('night_sitter')).toBe('night sitter');
    expect(staffRoleLabel(undefined)).toBe('');
  });

  it('tries again after a failed load', async () => {
    const fake = installFakeClient().fail('GET', '/roles', { status: 503 });
    await loadStaffRoles();
    fake.on('GET', '/roles', { items: [{ code: 'gp', label: 'GP', permissions: [] }] });
    await loadStaffRoles();
    expect(staffRoleLabel('gp')).toBe('GP');
  });
});
