import { lazy } from 'react';

/** The volunteer app's base path, where a volunteer's account lands after sign-in. */
export const VOLUNTEER_APP_PATH = '/v';

/** Registering oneself as a volunteer on the phone; no sign-in. */
export const JoinPage = lazy(() => import('./pages/JoinPage').then((m) => ({ default: m.JoinPage })));

/** The signed-in volunteer's phone app with its tabs, mounted at `/v/*`. */
export const VolunteerApp = lazy(() => import('./pages/VolunteerApp').then((m) => ({ default: m.VolunteerApp })));

/** Residents requesting a service from a practice station's menu; no sign-in. */
export const RequestPage = lazy(() => import('./pages/RequestPage').then((m) => ({ default: m.RequestPage })));

/** Residents following and rating a request by its tracking code; no sign-in. */
export const OrderTrackPage = lazy(() => import('./pages/OrderTrackPage').then((m) => ({ default: m.OrderTrackPage })));

/** Picks one's village or community by typing part of its name, for other modules' phone pages. */
export { CommunityPicker } from './components/CommunityPicker';

/** Where the phone is, if the browser tells within a few seconds, for other modules' phone pages. */
export { currentPosition } from './qr-decoder';
