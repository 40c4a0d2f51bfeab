/** Errors of this package name it, so a message read far from its cause still says where it came from. */
export function textError(message: string): Error {
  return new Error(`@skills-network/text: ${message}`);
}

export function unknownDocumentError(id: string): Error {
  return textError(`unknown document id "${id}". Call index.has(id) first.`);
}
