import { isPublicAddress, webhookUrlProblem } from './webhook-address';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '64:ff9b::a00:1',
    '2002:a00:1::1',
    '::7f00:1',
    '::ffff:0:7f00:1',
    '64:ff9b:1::a00:1',
    'fec0::1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '172.15.255.255', '172.32.0.1', '192.169.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('webhookUrlProblem', () => {
  it.each([
    'http://localhost:8080/hook',
    'http://LOCALHOST./hook',
    'https://api.localhost/hook',
    'http://127.0.0.1/hook',
    'http://2130706433/hook',
    'http://0x7f.1/hook',
    'http://[::1]:3000/hook',
    'http://[::ffff:169.254.169.254]/latest/meta-data',
    'http://169.254.169.254/latest/meta-data',
    'https://10.0.0.5/hook',
    'http://[::127.0.0.1]/hook',
    'http://[64:ff9b:1::10.0.0.1]/hook',
  ])('refuses %s, saying why', (url) => {
    expect(webhookUrlProblem(url)).toMatch(/^url must not point at/);
  });

  it.each(['https://hooks.state.gov/accord', 'http://8.8.8.8/hook', 'https://[2606:4700::1111]/hook', 'https://intranet/hook'])('accepts %s', (url) => {
    expect(webhookUrlProblem(url)).toBeNull();
  });
});
