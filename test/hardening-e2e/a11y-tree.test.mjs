// Hardening 15: the accessibility tree as assistive technologies get it (Chromium's, over the
// DevTools protocol, through every shadow root): each question is a group named by its text, with
// one radio per option named by its label; the progress bar has a name and values.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { hostHtml, openPage, startEnvironment } from './harness.mjs';
import { eventually } from '../e2e/helpers.mjs';

const catalogue = JSON.parse(
  await readFile(new URL('../../data/catalogue.json', import.meta.url), 'utf8'),
);

let environment;
before(async () => {
  environment = await startEnvironment();
});
after(async () => {
  await environment?.close();
});

/** Chromium's full accessibility tree, as a lookup by id plus helpers. */
async function axTree(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const role = (node) => node.role?.value;
  const name = (node) => (node.name?.value ?? '').replace(/\s+/g, ' ').trim();
  const property = (node, key) => node.properties?.find((p) => p.name === key)?.value?.value;
  const descendants = (node) => {
    const out = [];
    const visit = (id) => {
      const child = byId.get(id);
      if (!child) return;
      out.push(child);
      for (const next of child.childIds ?? []) visit(next);
    };
    for (const id of node.childIds ?? []) visit(id);
    return out;
  };
  const live = nodes.filter((node) => !node.ignored);
  return { nodes: live, role, name, property, descendants };
}

/**
 * The tree once `ready(tree)` holds. Chromium updates its accessibility tree after the DOM, on its
 * own schedule: a read right after a click (or after the first question renders) can still show
 * the previous values, or a progress bar without its value yet.
 */
async function axTreeWhen(cdp, ready, what) {
  let tree;
  await eventually(async () => ready((tree = await axTree(cdp))), what);
  return tree;
}

const progressBars = (tree) => tree.nodes.filter((node) => tree.role(node) === 'progressbar');

test('questions are named groups of named radios; the progress bar has a name and values', async () => {
  const opened = await openPage(environment, {
    'hardening/a11y.html': {
      html: hostHtml('<perseverance-diagnostic storage-key="a11y"></perseverance-diagnostic>', {
        head: '<script type="module" src="/dist/perseverance-diagnostic.js"></script>',
      }),
    },
  });
  try {
    const { page, context } = opened;
    await page.goto(`${environment.base}hardening/a11y.html`);
    const widget = page.locator('perseverance-diagnostic');
    await widget.getByRole('button', { name: 'Commencer le diagnostic' }).click();
    await widget.locator('perseverance-question').first().waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Accessibility.enable');

    const firstKey = catalogue.keys[0].id;
    const axes = new Set(catalogue.axes.filter((a) => a.key === firstKey).map((a) => a.id));
    const questions = catalogue.questions.filter((q) => axes.has(q.axis));
    const options = [
      ...catalogue.scale.levels.map((level) => level.label),
      catalogue.scale.unknownLabel,
    ];
    const total = catalogue.questions.length;

    let tree = await axTreeWhen(
      cdp,
      (t) =>
        progressBars(t).some((bar) => bar.value?.value === 0) &&
        t.nodes.some((node) => t.role(node) === 'group' && t.name(node) === questions[0].text),
      'the first step in the accessibility tree',
    );
    const groups = tree.nodes.filter((node) => tree.role(node) === 'group');
    for (const question of questions) {
      const group = groups.find((node) => tree.name(node) === question.text);
      assert.ok(group, `a group named « ${question.text} »`);
      const radios = tree.descendants(group).filter((node) => tree.role(node) === 'radio');
      assert.deepEqual(
        radios.map((radio) => tree.name(radio)),
        options,
        `the radios of « ${question.text} »`,
      );
      for (const radio of radios) assert.equal(tree.property(radio, 'checked'), 'false');
    }
    const progress = () => {
      const bars = progressBars(tree);
      assert.equal(bars.length, 1, 'one progress bar');
      const [bar] = bars;
      return {
        name: tree.name(bar),
        min: tree.property(bar, 'valuemin'),
        max: tree.property(bar, 'valuemax'),
        // Chromium gives a native <progress> its current value as the node's value.
        now: bar.value?.value,
        text: tree.property(bar, 'valuetext'),
      };
    };
    let bar = progress();
    assert.equal(bar.name, 'Progression du questionnaire');
    assert.equal(bar.min, 0);
    assert.equal(bar.max, total);
    assert.equal(bar.now, 0);
    assert.match(String(bar.text), new RegExp(`0 .*${total}|0 sur ${total}`));

    // Answer two questions: the radios say which is checked, the bar moves and says so.
    await widget.locator('perseverance-question').nth(0).locator('label').nth(2).click();
    await widget.locator('perseverance-question').nth(1).locator('label').nth(4).click();
    tree = await axTreeWhen(
      cdp,
      (t) =>
        progressBars(t).some((bar) => bar.value?.value === 2) &&
        t.nodes.filter((node) => t.role(node) === 'radio' && t.property(node, 'checked') === 'true')
          .length === 2,
      'the progress bar at 2 in the accessibility tree',
    );
    const checked = tree.nodes
      .filter((node) => tree.role(node) === 'radio' && tree.property(node, 'checked') === 'true')
      .map((node) => tree.name(node));
    assert.deepEqual(checked, [options[2], options[4]]);
    bar = progress();
    assert.equal(bar.now, 2);
    assert.match(String(bar.text), new RegExp(`2 .*${total}|2 sur ${total}`));

    // The step heading is a heading, the stepper marks the current step.
    const heading = tree.nodes.find(
      (node) => tree.role(node) === 'heading' && /Étape 1 sur 4/.test(tree.name(node)),
    );
    assert.ok(heading, 'the step heading');
    assert.equal(tree.property(heading, 'level'), 2);
  } finally {
    await opened.close();
  }
});
