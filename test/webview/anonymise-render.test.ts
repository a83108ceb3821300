import assert from 'node:assert/strict';
import { buildAnonymiser } from '../../src/core/privacy/anonymise';
import { MIN_COUNT } from '../../src/core/pulse/suppression';
import { anonymisedWords, renderHealthMain, renderHealthPage } from '../../src/webview/render/page';
import { escapeHtml } from '../../src/webview/render/escape';
import { samplePanelData } from './panel-fixtures';

/** The health panel's Anonymise checkbox, and the page it draws when ticked (issue 16). */
const PANEL = { mode: 'panel', nonce: 'n0nce123', cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/media/health.js', today: '2026-11-30' } as const;
const ROOT = '/networks/eastfield';
const PEOPLE = [
  { id: 'priya-shah', name: 'Priya Shah' },
  { id: 'ben-okoro', name: 'Ben Okoro' },
  { id: 'mo-rahman', name: 'Mo Rahman' },
  { id: 'ama-mensah', name: 'Ama Mensah' },
].map((person) => ({ ...person, path: `${ROOT}/members/${person.id}.md`, relative: `members/${person.id}.md` }));

describe('health page: anonymised', () => {
  it('draws an Anonymise checkbox beside the pickers, labelled, ticked when the page is anonymised', () => {
    const box = /<div class="picker anonymise-picker"><input type="checkbox" id="anonymise"( checked)? aria-describedby="anonymise-hint"><label for="anonymise">Anonymise<\/label><span class="visually-hidden" id="anonymise-hint">Members as Member N and small organisations as another organisation, to share the screen<\/span><\/div><\/div><\/header>/;
    const named = renderHealthPage(samplePanelData(), PANEL);
    assert.equal(box.exec(named)?.[1], undefined);
    assert.match(named, box);
    assert.equal(box.exec(renderHealthPage(samplePanelData(), { ...PANEL, anonymised: true }))?.[1], ' checked');
    // The exported report has no checkbox: the choice is made when exporting.
    assert.doesNotMatch(renderHealthPage(samplePanelData(), { mode: 'report', anonymised: true }), /<input type="checkbox"/);
  });

  it('says so first in the main part, in the panel and the report, and not when members are named', async () => {
    const line = `<p class="anonymised-line" id="anonymised-line">${escapeHtml(anonymisedWords())}</p>`;
    assert.equal(anonymisedWords(), 'Anonymised: members are shown as “Member N”, organisations of fewer than 5 members as “another organisation”.');
    assert.equal(anonymisedWords(8), 'Anonymised: members are shown as “Member N”, organisations of fewer than 8 members as “another organisation”.');
    const data = (await buildAnonymiser(PEOPLE, 'Eastfield', MIN_COUNT)).model(samplePanelData());
    assert.ok(renderHealthMain(data, 'panel', undefined, { anonymised: true }).startsWith(`${line}\n`));
    assert.ok(renderHealthPage(data, { mode: 'report', anonymised: true }).includes(`<main id="health-main">${line}\n`));
    assert.doesNotMatch(renderHealthMain(samplePanelData(), 'panel'), /anonymised-line/);
    assert.doesNotMatch(renderHealthMain(data, 'panel', undefined, { anonymised: false }), /anonymised-line/);
  });

  it('names no member, opens no member page, and still opens the other evidence', async () => {
    const named = renderHealthPage(samplePanelData(), PANEL);
    // The sample names its members, and their pages open from the panel.
    assert.deepEqual(PEOPLE.filter((person) => !named.includes(person.name)), []);
    assert.match(named, /<button type="button" class="source" data-file="\/networks\/eastfield\/members\/priya-shah\.md" data-line="11"/);
    assert.match(named, /<g class="graph-node[^"]*" tabindex="0" role="button" aria-label="Priya Shah[^"]*" data-file="\/networks\/eastfield\/members\/priya-shah\.md"/);

    const data = (await buildAnonymiser(PEOPLE, 'Eastfield', MIN_COUNT)).model(samplePanelData());
    const html = renderHealthPage(data, { ...PANEL, anonymised: true });
    assert.deepEqual(PEOPLE.flatMap((person) => [person.id, person.name]).filter((word) => html.includes(word)), []);
    assert.match(html, /Member [1-4]/);
    // A member's page would name them: its place is plain text, and the graph's node opens nothing.
    assert.doesNotMatch(html, /data-file="(?!\/)/);
    assert.match(html, /<span class="source">Member [1-4]:12<\/span>/);
    assert.doesNotMatch(html, /<g class="graph-node[^"]*" tabindex/);
    // Evidence in other documents still opens in the editor.
    assert.match(html, /<button type="button" class="source" data-file="\/networks\/eastfield\/actions\/2026-01-10-audit\.md" data-line="6"/);
  });
});
