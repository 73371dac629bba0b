import { formatPath, quote, type IssueList, type Path } from './issues.js';
import { KEY_IDS, type AxisTarget, type Catalogue, type KeyId } from './schema.js';

/**
 * What zod cannot see in one value: unique ids and references between parts of the catalogue.
 * Runs only on data zod accepted, so the types hold.
 */
export function checkCrossReferences(catalogue: Catalogue, issues: IssueList): void {
  checkScaleAndKeys(catalogue, issues);
  const axisKeys = checkAxes(catalogue, issues);
  checkQuestions(catalogue, axisKeys, issues);
  checkItems(catalogue, axisKeys, issues);
  checkGuides(catalogue, issues);
}

function checkUnique<T>(
  items: readonly T[],
  idOf: (item: T) => string | number,
  base: Path,
  field: string | undefined,
  issues: IssueList,
): void {
  const seen = new Map<string | number, number>();
  items.forEach((item, index) => {
    const id = idOf(item);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      return;
    }
    const path = field === undefined ? [...base, index] : [...base, index, field];
    issues.add(
      path,
      `valeur en double ${quote(id)} (déjà présente en ${formatPath([...base, first])})`,
    );
  });
}

const self = <T extends string | number>(value: T): T => value;
const byId = (item: { id: string }): string => item.id;

function checkScaleAndKeys({ scale, keys, axes }: Catalogue, issues: IssueList): void {
  checkUnique(scale.levels, (level) => level.value, ['scale', 'levels'], 'value', issues);
  checkUnique(keys, byId, ['keys'], 'id', issues);
  const declared = new Set(keys.map(byId));
  for (const id of KEY_IDS) {
    if (!declared.has(id))
      issues.add(['keys'], `clé ${quote(id)} absente (les quatre clés sont attendues)`);
  }
  keys.forEach((key, index) => {
    if (!axes.some((axis) => axis.key === key.id)) {
      issues.add(['keys', index], `aucun axe ne relève de la clé ${quote(key.id)}`);
    }
  });
}

/** Returns each declared axis's key, the lookup every later reference check needs. */
function checkAxes(
  { axes, keys, questions }: Catalogue,
  issues: IssueList,
): ReadonlyMap<string, KeyId> {
  checkUnique(axes, byId, ['axes'], 'id', issues);
  const declaredKeys = new Set(keys.map(byId));
  const axisKeys = new Map<string, KeyId>();
  axes.forEach((axis, index) => {
    if (!axisKeys.has(axis.id)) axisKeys.set(axis.id, axis.key);
    if (!declaredKeys.has(axis.key))
      issues.add(['axes', index, 'key'], `clé inconnue ${quote(axis.key)}`);
    const own = questions.filter((question) => question.axis === axis.id);
    if (own.length < 2) {
      issues.add(
        ['axes', index],
        `l'axe ${quote(axis.id)} a ${own.length} question${own.length > 1 ? 's' : ''} : 2 au moins attendues`,
      );
    }
    const cores = own.filter((question) => question.core).length;
    if (cores !== 1) {
      issues.add(
        ['axes', index],
        `l'axe ${quote(axis.id)} a ${cores} question${cores > 1 ? 's' : ''} marquée${cores > 1 ? 's' : ''} « core: true » : une exactement attendue`,
      );
    }
  });
  return axisKeys;
}

function checkQuestions(
  { questions }: Catalogue,
  axisKeys: ReadonlyMap<string, KeyId>,
  issues: IssueList,
): void {
  checkUnique(questions, byId, ['questions'], 'id', issues);
  questions.forEach((question, index) => {
    if (!axisKeys.has(question.axis))
      issues.add(['questions', index, 'axis'], `axe inconnu ${quote(question.axis)}`);
  });
}

/** An axis reference must exist and belong to one of the keys the item declares. */
function checkAxisRef(
  axis: string,
  keys: readonly KeyId[],
  axisKeys: ReadonlyMap<string, KeyId>,
  path: Path,
  issues: IssueList,
): void {
  const key = axisKeys.get(axis);
  if (key === undefined) issues.add(path, `axe inconnu ${quote(axis)}`);
  else if (!keys.includes(key)) {
    issues.add(path, `l'axe ${quote(axis)} relève de la clé ${quote(key)}, absente de « keys »`);
  }
}

interface Targeting {
  keys: readonly KeyId[];
  axes: readonly AxisTarget[];
  publics?: readonly string[] | undefined;
  levels?: readonly string[] | undefined;
  scale?: readonly string[] | undefined;
}

function checkTargeting(
  item: Targeting,
  base: Path,
  axisKeys: ReadonlyMap<string, KeyId>,
  issues: IssueList,
): void {
  checkUnique(item.keys, self, [...base, 'keys'], undefined, issues);
  for (const field of ['publics', 'levels', 'scale'] as const) {
    const values = item[field];
    if (values) checkUnique(values, self, [...base, field], undefined, issues);
  }
  checkUnique(item.axes, (target) => target.axis, [...base, 'axes'], 'axis', issues);
  item.axes.forEach((target, index) => {
    checkAxisRef(target.axis, item.keys, axisKeys, [...base, 'axes', index, 'axis'], issues);
  });
}

function checkItems(
  catalogue: Catalogue,
  axisKeys: ReadonlyMap<string, KeyId>,
  issues: IssueList,
): void {
  const { fiches, actions, resources, ficheTemplate } = catalogue;
  checkUnique(fiches, byId, ['fiches'], 'id', issues);
  fiches.forEach((fiche, index) => checkTargeting(fiche, ['fiches', index], axisKeys, issues));
  checkUnique(actions, byId, ['actions'], 'id', issues);
  actions.forEach((action, index) => checkTargeting(action, ['actions', index], axisKeys, issues));
  checkUnique(resources, byId, ['resources'], 'id', issues);
  resources.forEach((resource, index) => {
    checkUnique(resource.keys, self, ['resources', index, 'keys'], undefined, issues);
    checkUnique(resource.axes, self, ['resources', index, 'axes'], undefined, issues);
    resource.axes.forEach((axis, axisIndex) => {
      checkAxisRef(axis, resource.keys, axisKeys, ['resources', index, 'axes', axisIndex], issues);
    });
  });
  if (ficheTemplate)
    checkUnique(ficheTemplate.fields, byId, ['ficheTemplate', 'fields'], 'id', issues);
}

function checkGuides({ guides, calendar }: Catalogue, issues: IssueList): void {
  checkUnique(guides, byId, ['guides'], 'id', issues);
  guides.forEach((guide, index) => {
    // Item ids are unique across the three phases: a plan ticks an item by guide id and item id.
    const seen = new Map<string, Path>();
    for (const phase of ['avant', 'pendant', 'apres'] as const) {
      guide.checklists[phase].forEach((item, itemIndex) => {
        const path: Path = ['guides', index, 'checklists', phase, itemIndex];
        const first = seen.get(item.id);
        if (first)
          issues.add(
            [...path, 'id'],
            `valeur en double ${quote(item.id)} (déjà présente en ${formatPath(first)})`,
          );
        else seen.set(item.id, path);
      });
    }
  });
  if (!calendar) return;
  checkUnique(calendar.milestones, byId, ['calendar', 'milestones'], 'id', issues);
  calendar.milestones.forEach((milestone, index) => {
    if (
      milestone.endOffsetDays !== undefined &&
      milestone.endOffsetDays < milestone.startOffsetDays
    ) {
      issues.add(
        ['calendar', 'milestones', index, 'endOffsetDays'],
        'la fin précède le début (startOffsetDays)',
      );
    }
  });
}
