export type ShareCodeErrorReason = 'format' | 'version' | 'catalogue' | 'checksum' | 'length';

/** The only error the share-code functions throw; `message` is French and meant for the user. */
export class ShareCodeError extends Error {
  override readonly name = 'ShareCodeError';

  constructor(
    readonly reason: ShareCodeErrorReason,
    message: string,
  ) {
    super(message);
  }
}
