export { ShareCodeError, type ShareCodeErrorReason } from './errors.js';
export { MAX_SHARE_CODE_INPUT, normalizeShareCode } from './normalize.js';
export { ROLE_LABELS, SHARE_CODE_ROLES, isRoleId, type RoleId } from './roles.js';
export {
  decodeShareCode,
  decodeShareCodeDetails,
  encodeShareCode,
  isWellFormedShareCode,
  shareCodeLength,
  type DecodedShareCode,
  type ShareCodeCatalogue,
  type ShareCodeOptions,
} from './share-code.js';
