import packageJson from '../../package.json';

export function version(): string {
  return packageJson.version;
}
