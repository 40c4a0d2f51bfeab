import { InvalidArgumentError } from "commander";
import { NODE_KINDS, type NodeKind } from "@skills-network/core";

/** `--k 8`: a whole number of at least 1. */
export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}".`);
  }
  return number;
}

/** `--seed 42`: any whole number. */
export function parseInteger(value: string): number {
  const number = Number(value);
  if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(number)) {
    throw new InvalidArgumentError(`expected a whole number, got "${value}".`);
  }
  return number;
}

/** `--min-score 0.1`: a cosine score between 0 and 1. */
export function parseScore(value: string): number {
  const number = parseDecimal(value);
  if (number < 0 || number > 1) throw new InvalidArgumentError(`expected a score between 0 and 1, got "${value}".`);
  return number;
}

/** `--resolution 1.2`: a number above 0. */
export function parsePositiveNumber(value: string): number {
  const number = parseDecimal(value);
  if (number <= 0) throw new InvalidArgumentError(`expected a number above 0, got "${value}".`);
  return number;
}

function parseDecimal(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) {
    throw new InvalidArgumentError(`expected a number, got "${value}".`);
  }
  return number;
}

/** Node kinds that can be added around proposals (proposals are always there). */
export const CONTEXT_KINDS = NODE_KINDS.filter((kind) => kind !== "proposal");

/** `--include country,category` or `--include none`. */
export function parseKinds(value: string): NodeKind[] {
  const names = value
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 0);
  if (names.length === 1 && names[0] === "none") return [];
  const unknown = names.filter((name) => !(CONTEXT_KINDS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `unknown node kind ${unknown.map((name) => `"${name}"`).join(", ")}. Choose from ${CONTEXT_KINDS.join(", ")}, or none.`,
    );
  }
  return [...new Set(names)] as NodeKind[];
}
