// What the content editor's script uses of Decap CMS in the page: the globals decap-cms.js sets
// (window.CMS, window.createClass, window.h = React.createElement) and the few parts of its components
// it reaches (decap-cms 3.16: EditorControlPane/Widget.js, widget-list ListControl, widget-object
// ObjectControl). Typed here once, loosely: Decap itself is untyped JavaScript.

/** An Immutable.js Map or List, as Decap keeps entries and field settings. */
export interface Immutable {
  get(key: string | number, notSet?: unknown): unknown;
  getIn(path: (string | number)[], notSet?: unknown): unknown;
  set(key: string | number, value: unknown): Immutable;
  deleteIn(path: (string | number)[]): Immutable;
  has(key: string | number): boolean;
  toJS(): unknown;
  size: number;
}

export const isImmutable = (v: unknown): v is Immutable => typeof v === 'object' && v !== null && typeof (v as Immutable).toJS === 'function' && typeof (v as Immutable).getIn === 'function';
/** A validation error as Decap stores it per field (decap-cms-core constants/validationErrorTypes). */
export interface FieldError {
  type: 'PRESENCE' | 'PATTERN' | 'RANGE' | 'CUSTOM';
  message: string;
  /** The ids of the field's ancestors: list items and objects above it show that they hold an error. */
  parentIds: string[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Props = Record<string, any>;

/** A React component made with create-react-class: methods are bound to the instance. */
export interface Instance {
  props: Props;
  state: Props;
  setState(state: Props): void;
  [method: string]: unknown;
}

export type Component = unknown;
type CreateClass = (spec: Record<string, unknown> & { render(this: Instance): unknown }) => Component;
type CreateElement = (type: Component | string, props?: Props | null, ...children: unknown[]) => unknown;

export interface Formatter {
  fromFile(content: string): unknown;
  toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
}

export interface Cms {
  getWidget(name: string): { control: Component; preview?: Component; schema?: unknown } | undefined;
  registerWidget(name: string, control: Component, preview?: Component, schema?: unknown): void;
  registerLocale(locale: string, phrases: unknown): void;
  getLocale(locale: string): unknown;
  registerPreviewTemplate(collection: string, component: Component): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: Immutable }) => unknown }): void;
}

interface DecapWindow {
  CMS?: Cms;
  createClass?: CreateClass;
  h?: CreateElement;
}

/** Decap's globals; throws when decap-cms.js has not run (the page loads it first). */
export function decapGlobals(): { CMS: Cms; createClass: CreateClass; h: CreateElement } {
  const w = window as unknown as DecapWindow;
  if (!w.CMS || !w.createClass || !w.h) throw new Error('editor.js: Decap CMS (decap-cms.js) must load before it');
  return { CMS: w.CMS, createClass: w.createClass, h: w.h };
}
