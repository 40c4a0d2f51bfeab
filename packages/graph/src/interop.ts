/**
 * graphology's companion packages are CommonJS with `module.exports = fn` but
 * typings that say `export default fn`. Under NodeNext, TypeScript then types the
 * default import as the module object, while Node and bundlers hand over `fn`
 * itself. This returns the function in both cases, typed as the function.
 */
export function cjsDefault<T>(module: { default: T }): T {
  return ((module as { default?: T }).default ?? module) as T;
}
