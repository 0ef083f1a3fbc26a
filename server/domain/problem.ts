// Ed-Fi v7.3 problem details (RFC 9457), with the member order the ODS serializes:
// detail, type, title, status, correlationId, validationErrors, errors (null members omitted).
// Every body here is copied from ../shared/edfi/problem-details-catalog.json.

export type ValidationErrors = Record<string, string[]>

export interface ProblemInit {
  status: number
  type: string
  title: string
  detail: string
  errors?: string[]
  validationErrors?: ValidationErrors
  /** Middleware-written problems use application/problem+json; controller ones application/json. */
  problemJson?: boolean
  headers?: Record<string, string>
}

export class Problem extends Error {
  readonly init: ProblemInit
  constructor(init: ProblemInit) {
    super(init.detail)
    this.init = init
  }

  body(correlationId: string): Record<string, unknown> {
    const { detail, type, title, status, validationErrors, errors } = this.init
    return {
      detail,
      type,
      title,
      status,
      correlationId,
      ...(validationErrors ? { validationErrors } : {}),
      ...(errors ? { errors } : {}),
    }
  }

  get contentType(): string {
    return this.init.problemJson ? 'application/problem+json' : 'application/json; charset=utf-8'
  }
}

export const problems = {
  dataValidation: (validationErrors: ValidationErrors) =>
    new Problem({
      status: 400,
      type: 'urn:ed-fi:api:bad-request:data-validation-failed',
      title: 'Data Validation Failed',
      detail: "Data validation failed. See 'validationErrors' for details.",
      validationErrors,
    }),
  idInPostBody: () =>
    new Problem({
      status: 400,
      type: 'urn:ed-fi:api:bad-request:data-validation-failed',
      title: 'Data Validation Failed',
      detail: 'The request data was constructed incorrectly.',
      errors: ["Resource identifiers cannot be assigned by the client. The 'id' property should not be included in the request body."],
    }),
  emptyPostBody: () =>
    new Problem({
      status: 400,
      type: 'urn:ed-fi:api:bad-request',
      title: 'Bad Request',
      detail: "The request could not be processed. See 'errors' for details.",
      errors: ['A non-empty request body is required.'],
    }),
  badRequest: (errors: string[]) =>
    new Problem({
      status: 400,
      type: 'urn:ed-fi:api:bad-request',
      title: 'Bad Request',
      detail: "The request could not be processed. See 'errors' for details.",
      errors,
    }),
  parameterValidation: (errors: string[]) =>
    new Problem({
      status: 400,
      type: 'urn:ed-fi:api:bad-request:parameter-validation-failed',
      title: 'Parameter Validation Failed',
      detail: 'The request construction was invalid.',
      errors,
    }),
  changeQueryParameterValidation: (errors: string[]) =>
    new Problem({
      status: 400,
      type: 'urn:ed-fi:api:bad-request:parameter-validation-failed',
      title: 'Parameter Validation Failed',
      detail: 'Parameters supplied to the request were invalid.',
      errors,
    }),
  invalidEtag: () =>
    new Problem({
      status: 400,
      type: 'urn:ed-fi:api:bad-request:parameter-validation-failed',
      title: 'Parameter Validation Failed',
      detail: 'An invalid value was provided for use in detecting changes applied by other users.',
      errors: ['An invalid ETag value was provided that could not be processed back into a Date/Time value.'],
    }),
  authentication: (error: string) =>
    new Problem({
      status: 401,
      type: 'urn:ed-fi:api:security:authentication',
      title: 'Authentication Failed',
      detail: 'The caller could not be authenticated.',
      errors: [error],
      problemJson: true,
    }),
  authorization: (errors: string[]) =>
    new Problem({
      status: 403,
      type: 'urn:ed-fi:api:security:authorization',
      title: 'Authorization Denied',
      detail: 'Access to the requested data could not be authorized.',
      errors,
    }),
  itemNotFound: () =>
    new Problem({ status: 404, type: 'urn:ed-fi:api:not-found', title: 'Not Found', detail: 'The specified item could not be found.' }),
  updateTargetNotFound: () =>
    new Problem({ status: 404, type: 'urn:ed-fi:api:not-found', title: 'Not Found', detail: 'Resource to update was not found.' }),
  deleteTargetNotFound: () =>
    new Problem({ status: 404, type: 'urn:ed-fi:api:not-found', title: 'Not Found', detail: 'Resource to delete was not found.' }),
  routeNotFound: () =>
    new Problem({
      status: 404,
      type: 'urn:ed-fi:api:not-found',
      title: 'Not Found',
      detail: 'The specified data could not be found.',
      problemJson: true,
    }),
  snapshotNotFound: () =>
    new Problem({
      status: 404,
      type: 'urn:ed-fi:api:not-found',
      title: 'Not Found',
      detail: 'Snapshot not found.',
      errors: ['The snapshot connection for the ODS has not been configured.'],
    }),
  changeQueriesDisabled: () =>
    new Problem({
      status: 404,
      type: 'urn:ed-fi:api:system:configuration:feature-disabled',
      title: 'Feature Disabled',
      detail: "The 'ChangeQueries' feature is disabled.",
    }),
  methodNotAllowed: (error: string, allow?: string) =>
    new Problem({
      status: 405,
      type: 'urn:ed-fi:api:method-not-allowed',
      title: 'Method Not Allowed',
      detail: 'The request construction was invalid.',
      errors: [error],
      ...(allow ? { headers: { Allow: allow } } : {}),
    }),
  snapshotReadOnly: () =>
    new Problem({
      status: 405,
      type: 'urn:ed-fi:api:snapshots:method-not-allowed',
      title: 'Method Not Allowed with Snapshots',
      detail: 'An attempt was made to modify data in a Snapshot, but this data is read-only.',
      headers: { Allow: 'GET' },
    }),
  unresolvedReference: (entityName: string) =>
    new Problem({
      status: 409,
      type: 'urn:ed-fi:api:data-conflict:unresolved-reference',
      title: 'Unresolved Reference',
      detail: `The referenced '${entityName}' item does not exist.`,
    }),
  dependentItemExists: (dependentEntityName: string) =>
    new Problem({
      status: 409,
      type: 'urn:ed-fi:api:data-conflict:dependent-item-exists',
      title: 'Dependent Item Exists',
      detail: `The requested action cannot be performed because this item is referenced by an existing '${dependentEntityName}' item.`,
    }),
  nonUniqueIdentity: (table: string, keyNames: string[], keyValues: (string | number)[]) =>
    new Problem({
      status: 409,
      type: 'urn:ed-fi:api:data-conflict:non-unique-identity',
      title: 'Identifying Values Are Not Unique',
      detail: 'The identifying value(s) of the item are the same as another item that already exists.',
      errors: [
        `A primary key conflict occurred when attempting to create or update a record in the '${table}' table. ` +
          `The duplicate key is (${keyNames.join(', ')}) = (${keyValues.join(', ')}).`,
      ],
    }),
  optimisticLockFailed: () =>
    new Problem({
      status: 412,
      type: 'urn:ed-fi:api:optimistic-lock-failed',
      title: 'Optimistic Lock Failed',
      detail: 'The item has been modified by another user.',
      errors: [
        "The resource item's etag value does not match what was specified in the 'If-Match' request header " +
          'indicating that it has been modified by another client since it was last retrieved.',
      ],
    }),
  unsupportedMediaType: (error: string) =>
    new Problem({
      status: 415,
      type: 'urn:ed-fi:api:unsupported-media-type',
      title: 'Unsupported Media Type',
      detail: 'The request construction was invalid.',
      errors: [error],
      problemJson: true,
    }),
  system: () =>
    new Problem({ status: 500, type: 'urn:ed-fi:api:system', title: 'System Error', detail: 'An unexpected problem has occurred.' }),
}
