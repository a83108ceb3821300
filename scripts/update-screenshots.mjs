// Copies the README's screenshots from the last UI run (test-results/ui/, written by
// `npm run test:ui`) into docs/images/. The tests never write committed files; this is the one
// deliberate step that does, after someone has looked at the new pictures. Refuses in CI.
import { copyFileSync, existsSync } from 'node:fs';

if (process.env.CI) {
  console.error('update-screenshots: refused, CI is set: README screenshots are updated by a person who has looked at them');
  process.exit(2);
}
const names = ['health-panel-light', 'health-panel-dark', 'health-graph-light', 'web-health-panel'];
const missing = names.filter((name) => !existsSync(`test-results/ui/${name}.png`));
if (missing.length > 0) {
  console.error(`update-screenshots: no ${missing.join('.png, ')}.png in test-results/ui/: run \`npm run test:ui\` first`);
  process.exit(2);
}
for (const name of names) copyFileSync(`test-results/ui/${name}.png`, `docs/images/${name}.png`);
console.log(`update-screenshots: copied ${names.length} screenshots to docs/images/; look at them before committing`);
