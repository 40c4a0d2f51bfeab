// The core runs in Node and in browsers, so it is compiled without DOM or Node
// typings; these are the only host globals it uses (present in both).
declare const performance: { now(): number };
