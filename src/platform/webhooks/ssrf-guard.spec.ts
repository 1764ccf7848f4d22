import { BlockedUrlError, isBlockedAddress, parseAllowedHosts, resolveWebhookTarget } from './ssrf-guard.js';

describe('SSRF guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a9fe:a9fe',
  ])('blocks %s', (address) => {
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111'])('allows the public address %s', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });

  const none = new Set<string>();

  it.each([
    ['http://127.0.0.1:8080/hook', 'url resolves to a private or reserved address (127.0.0.1)'],
    ['http://[::1]/hook', 'url resolves to a private or reserved address (::1)'],
    ['http://169.254.169.254/latest/meta-data', 'url resolves to a private or reserved address (169.254.169.254)'],
    ['http://localhost/hook', 'url resolves to a private or reserved address'],
    ['http://2130706433/hook', 'url resolves to a private or reserved address (127.0.0.1)'],
    ['ftp://example.com/hook', 'url must be http or https'],
  ])('refuses %s', async (url, message) => {
    const error = await resolveWebhookTarget(new URL(url), none).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlockedUrlError);
    expect((error as Error).message).toContain(message);
  });

  it('lets through hosts and addresses listed in WEBHOOK_ALLOWED_HOSTS', async () => {
    const allowed = parseAllowedHosts(' 127.0.0.1 , [::1]');
    expect(await resolveWebhookTarget(new URL('http://127.0.0.1:9/x'), allowed)).toEqual({
      address: '127.0.0.1',
      family: 4,
    });
    expect(await resolveWebhookTarget(new URL('http://[::1]:9/x'), allowed)).toEqual({ address: '::1', family: 6 });
    await expect(resolveWebhookTarget(new URL('http://10.0.0.1/x'), allowed)).rejects.toThrow(BlockedUrlError);
  });
});
