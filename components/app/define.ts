declare const __PERSEVERANCE_VERSION__: string | undefined;

/** The widget's version, injected at build time (`dev` when running from sources). */
export const WIDGET_VERSION =
  typeof __PERSEVERANCE_VERSION__ === 'string' ? __PERSEVERANCE_VERSION__ : 'dev';

type VersionedConstructor = CustomElementConstructor & { widgetVersion?: string };

/**
 * Registers an element unless the tag is taken: a host page may load the script twice (or the npm
 * build after the one-file build) and `customElements.define` throws on a duplicate tag.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    (constructor as VersionedConstructor).widgetVersion = WIDGET_VERSION;
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  const loaded = existing.widgetVersion ?? 'inconnue';
  if (loaded !== WIDGET_VERSION) {
    console.warn(
      `<${tag}> est déjà défini (version ${loaded}) ; la version ${WIDGET_VERSION} chargée ensuite est ignorée. ` +
        `<${tag}> is already defined (version ${loaded}); version ${WIDGET_VERSION} loaded later is skipped.`,
    );
  }
}
