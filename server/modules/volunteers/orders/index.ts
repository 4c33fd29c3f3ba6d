// Volunteers, orders: service menus and orders: residents' requests, dispatch, acceptance, completion, rating, deadlines. The module index composes it from what this file exports; sub-folders share services file by file.
export { orderRoutes } from './orders.routes';
export { orderPublicRoutes } from './orders.public.routes';
