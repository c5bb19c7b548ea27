// Types of demo/production-server.mjs, for the TypeScript that starts it (test/demo-production.node.test.ts).
import type { Server } from 'node:http';

/** The fake account store of demo/api.mjs. */
export interface LoginService {
  login(input?: { username?: unknown; password?: unknown; captcha?: unknown }): { status: number; body: Record<string, unknown> };
  force(input?: { username?: unknown; error?: unknown }): { status: number; body: Record<string, unknown> };
  reset(): void;
}

export interface ProductionDemo {
  /** The login page's address, ending in '/'. */
  url: string;
  port: number;
  server: Server;
  service: LoginService;
  stop(): Promise<void>;
}

/** The encoding to send for an Accept-Encoding header among `available` ('br', 'gzip'), or undefined: none. */
export function chooseEncoding(header: string | undefined, available?: string[]): string | undefined;

/** Starts the production server of the demo, building it first when needed (`build: false`: as it is). `port` 0 picks a free port. */
export function startProduction(options?: { port?: number; hostname?: string; log?: boolean; build?: boolean }): Promise<ProductionDemo>;
