// The content editor refuses to save what `npm run check` would refuse, and says why at the field.
// Decap CMS validates a field only by itself (required, pattern); the check's rules span fields (stars
// or "no star level", one of date, year and "no year") and dates (nothing after today). So each of
// Decap's widgets is wrapped: when Decap validates a top-level field before saving, the wrapper lets
// Decap run its own checks, then judges the whole entry with the check's code
// (src/lib/cms/validation.ts) and sets each field's errors below it to exactly the check's, in
// Vietnamese. Decap refuses to save while any field has an error, and shows the errors under the
// fields' names. The wrapper finds the fields below it the way Decap's own focus(path) does
// (a list's items by their keys, an object's fields by name).
import { LIST_CONTEXT_FIELD } from '../../lib/cms/display';
import { editorProblems, problemsAt, type EditorCollection, type FieldPath, type FieldProblem, type KnownSlugs } from '../../lib/cms/validation';
import { dateIn } from '../../lib/certificates/dates';
import { decapGlobals, isImmutable, type Component, type FieldError, type Immutable, type Instance, type Props } from './decap';

export interface ValidationContext {
  timeZone: string;
  known: KnownSlugs;
}

const COLLECTIONS = new Set<string>(['products', 'producers'] satisfies EditorCollection[]);

// Decap validates every field of the form in turn, synchronously, on one click: the entry is judged
// once per click (its Immutable data is a new object after any edit).
const judged = new WeakMap<object, FieldProblem[]>();

function entryProblems(entry: Immutable, collection: EditorCollection, context: ValidationContext): FieldProblem[] {
  let problems = judged.get(entry);
  if (!problems) {
    const raw = entry.get('data');
    const data = (isImmutable(raw) ? raw.toJS() : {}) as Record<string, unknown>;
    delete data[LIST_CONTEXT_FIELD];
    const slug = entry.get('slug');
    problems = editorProblems({ collection, data, slug: typeof slug === 'string' && slug ? slug : undefined }, dateIn(context.timeZone, new Date()), context.known);
    judged.set(entry, problems);
  }
  return problems;
}

/** Decap's Widget component of one field (EditorControlPane/Widget.js). */
interface FieldWidget {
  props: Props;
  innerWrappedControl?: Instance;
}

const pathKey = (path: FieldPath) => JSON.stringify(path);

/** Sets a field's errors to exactly these problems (Decap shows them under the field's name). */
type SetErrors = (fieldId: string, parentIds: string[], problems: FieldProblem[]) => void;

/** The control inside a field's Widget: past our wrapper, Decap's own (ListControl, ObjectControl…). */
const controlOf = (widget: FieldWidget): Props | undefined => (widget.innerWrappedControl?.inner as Props | undefined) ?? widget.innerWrappedControl;

/** Visits every field below a list or object control, with its path in the entry's data. */
function visitBelow(control: Props | undefined, path: FieldPath, visit: (widget: FieldWidget, path: FieldPath) => void) {
  if (!control?.childRefs) return;
  const keys = control.state?.keys;
  if (Array.isArray(keys)) {
    // A list: its items are objects (ObjectControl) keyed like its state.keys; a list of plain values
    // (field:) has one field per item, standing for the item itself.
    const field = control.props.field as Immutable;
    const single = field.get('fields') ? undefined : (field.get('field') as Immutable | undefined);
    keys.forEach((key: string, i: number) => {
      const item = control.childRefs[key] as Props | undefined;
      if (!item?.childRefs) return;
      if (single) {
        const widget = item.childRefs[single.get('name') as string] as FieldWidget | undefined;
        if (widget) visit(widget, [...path, i]);
      } else {
        for (const [name, widget] of Object.entries(item.childRefs as Record<string, FieldWidget>)) visit(widget, [...path, i, name]);
      }
    });
  } else {
    for (const [name, widget] of Object.entries(control.childRefs as Record<string, FieldWidget>)) visit(widget, [...path, name]);
  }
}

/**
 * Places the entry's problems at a top-level field and every field below it. Returns the problems of
 * this field's part of the entry (for focusing the first).
 */
function placeProblems(wrapper: Instance, context: ValidationContext): FieldProblem[] {
  const { collection, field, forID, onValidateObject } = wrapper.props;
  const getEntry = wrapper.props.getEntry as (() => Immutable) | undefined;
  const entry = getEntry?.() ?? (wrapper.props.entry as Immutable | undefined);
  const name = (field as Immutable).get('name') as string;
  const collectionName = (collection as Immutable | undefined)?.get('name');
  if (!entry || typeof collectionName !== 'string' || !COLLECTIONS.has(collectionName) || typeof onValidateObject !== 'function') return [];
  const all = entryProblems(entry, collectionName as EditorCollection, context);
  const mine = all.filter((p) => p.path[0] === name);
  const setErrors: SetErrors = (fieldId, parentIds, problems) =>
    onValidateObject(fieldId, problems.map((p): FieldError => ({ type: 'PRESENCE', parentIds, message: p.message })));

  const placed = new Set<string>();
  const visit = (widget: FieldWidget, path: FieldPath) => {
    if (!widget?.props?.uniqueFieldId) return;
    placed.add(pathKey(path));
    setErrors(widget.props.uniqueFieldId, widget.props.parentIds ?? [], problemsAt(mine, path));
    visitBelow(controlOf(widget), path, visit);
  };
  visitBelow(wrapper.inner as Props | undefined, [name], visit);
  // The field itself, with any problem whose own field the form does not show (shown here rather than lost).
  const here = mine.filter((p) => p.path.length === 1 || !placed.has(pathKey(p.path)));
  setErrors(forID as string, [], here);
  return mine;
}

// The first field with a problem gets the focus, once per click.
let roundOpen = false;
let focusedThisRound = false;
function startRound() {
  if (roundOpen) return;
  roundOpen = true;
  focusedThisRound = false;
  queueMicrotask(() => (roundOpen = false));
}

const noop = () => {};

/** Decap's control for a widget, wrapped (see the top of this file). */
export function validated(widgetName: string, Base: Component, context: ValidationContext): Component {
  const { createClass, h } = decapGlobals();
  // A list's heading and "Thêm …" button use its label in lowercase ("Thêm chứng nhận ocop"): they get
  // its label_singular instead ("Thêm chứng nhận", "2 chứng nhận"); the field's own label is unchanged.
  const listLabels = new WeakMap<Immutable, Immutable>();
  const labelled = (field: Immutable): Immutable => {
    const singular = field.get('label_singular');
    if (widgetName !== 'list' || typeof singular !== 'string') return field;
    let f = listLabels.get(field);
    if (!f) listLabels.set(field, (f = field.set('label', singular)));
    return f;
  };
  return createClass({
    displayName: `Validated(${widgetName})`,
    setInner(this: Instance, ref: unknown) {
      this.inner = ref;
    },
    isTopLevel(this: Instance): boolean {
      return !(this.props.parentIds as string[] | undefined)?.length;
    },
    isValid(this: Instance) {
      const inner = this.inner as Props | undefined;
      return typeof inner?.isValid === 'function' ? inner.isValid() : true;
    },
    getValidateValue(this: Instance) {
      const inner = this.inner as Props | undefined;
      return typeof inner?.getValidateValue === 'function' ? inner.getValidateValue() : undefined;
    },
    focus(this: Instance, path: string) {
      const inner = this.inner as Props | undefined;
      if (typeof inner?.focus === 'function') inner.focus(path);
      else document.getElementById(this.props.forID as string)?.focus();
    },
    shouldComponentUpdate(this: Instance, next: Props) {
      const inner = this.inner as Props | undefined;
      if (typeof inner?.shouldComponentUpdate === 'function') return inner.shouldComponentUpdate(next);
      // Decap's Widget's own test, which this method replaces (Widget asks the control first).
      return this.props.value !== next.value || this.props.classNameWrapper !== next.classNameWrapper || this.props.hasActiveStyle !== next.hasActiveStyle;
    },
    validate(this: Instance) {
      const inner = this.inner as Props | undefined;
      if (typeof inner?.validate === 'function') inner.validate();
      else (this.props.validate as (() => void) | undefined)?.();
      if (!(this.isTopLevel as () => boolean)()) return;
      startRound();
      const problems = placeProblems(this, context);
      if (problems.length && !focusedThisRound) {
        focusedThisRound = true;
        (this.focus as (p: string) => void)(problems[0]!.path.slice(1).join('.'));
      }
    },
    render(this: Instance) {
      // controlRef: Decap passes it down so that the form finds a field's control; from a nested
      // control it would replace the field's Widget (and this wrapper) in the form's list of fields.
      return h(Base, { ...this.props, field: labelled(this.props.field as Immutable), controlRef: noop, ref: this.setInner });
    },
  });
}
