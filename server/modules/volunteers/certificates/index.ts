// Volunteers, certificates: service certificates: issue, the Word file, the public check. The module index composes it from what this file exports; sub-folders share services file by file.
export { certificateRoutes } from './certificate.routes';
