/** Launches Debian's Chromium through playwright-core (playwright cannot download its own browser here). */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export interface BrowserOptions {
  executablePath: string;
  headless: boolean;
}

export const browserDefaults: BrowserOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
};

// WebGL (sigma) runs on SwiftShader: --disable-gpu keeps Chromium off real GPUs,
// and the swiftshader flags make the software path explicit.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

export async function launchBrowser(options: Partial<BrowserOptions> = {}): Promise<Browser> {
  const { executablePath, headless } = { ...browserDefaults, ...options };
  if (!existsSync(executablePath)) {
    throw new Error(
      `@skills-network/explorer e2e: no Chromium at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath, headless, args: CHROMIUM_ARGS });
}
