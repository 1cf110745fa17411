import type { Hono, MiddlewareHandler } from 'hono';

import type { ZoomConfig } from '../zoom-config.ts';
import { addHostAccessRoute } from './host-access-route.ts';
import { addSignInRoutes } from './sign-in-routes.ts';
import { addZakRoute } from './zak-route.ts';

/** The routes for hosts and signed-in people, beside Zoom's `POST /`; bodies capped by `limit`. */
export function addHostRoutes(app: Hono, zoom: ZoomConfig, limit: MiddlewareHandler): void {
  app.use('/oauth/token', limit);
  app.use('/zak', limit);
  app.use('/host-access', limit);

  addSignInRoutes(app, zoom);
  addZakRoute(app, zoom);
  addHostAccessRoute(app, zoom);
}
