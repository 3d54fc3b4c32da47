// The commercetools Connect API's error codes: data only.
// Spec: ../shared/vendor-docs/connect.md (the Connect API error reference). Codes with a `source` (docs.ts)
// come from the vendor's API reference (commercetools/commercetools-api-reference,
// api-specs/connect/types/error/ and examples/error/) and are not on that page.
// The doc's `$name` placeholders are `{name}` here; every one is a typed param.
import type { ErrorDefs } from '@errs/core';
import * as z from 'zod/mini';

const int = () => z.number().check(z.int());
/** Resources are addressed by id or by key: the message names both, a body may carry either. */
const idOrKey = { resourceId: z.optional(z.string()), resourceKey: z.optional(z.string()) };
const detailed = z.object({ detailedErrorMessage: z.optional(z.string()) });

const VALIDATE = 'Validate the input according to the constraints described in the error message before sending the request.';

/** Every Connect API error code: status, documented message (template), params, category, retry advice. */
export const errors = {
  // ---- General errors: 400 Bad Request ----
  InvalidJsonInput: {
    status: 400,
    message: 'Request body does not contain valid JSON.',
    schema: detailed,
    category: 'INVALID_ARGUMENT',
    retry: { note: VALIDATE },
  },
  InvalidQueryParam: {
    status: 400,
    message: 'Request query param is not valid',
    schema: detailed,
    category: 'INVALID_ARGUMENT',
  },
  InvalidPathParam: {
    status: 400,
    message: 'Request path param is not valid',
    schema: detailed,
    category: 'INVALID_ARGUMENT',
  },
  DuplicateField: {
    status: 400,
    message: 'A duplicate value {duplicateValue} exists for field {field}.',
    schema: z.object({ field: z.string(), duplicateValue: z.unknown() }),
    category: 'ALREADY_EXISTS',
  },
  FieldValueNotFound: {
    status: 400,
    message: 'The value {value} for the {field} field was not found',
    schema: z.object({ field: z.string(), value: z.unknown() }),
    category: 'NOT_FOUND',
  },
  GitRepositoryNotReachable: {
    status: 400,
    message: 'Repository with the tag is not reachable',
    category: 'FAILED_PRECONDITION',
  },
  // ---- General errors: 401 Unauthorized (API reference only) ----
  AuthenticationError: {
    status: 401,
    message: 'Bad credentials or Client ID is not defined',
    category: 'UNAUTHENTICATED',
  },
  invalid_token: {
    status: 401,
    message: 'invalid_token',
    category: 'UNAUTHENTICATED',
    retry: { note: 'Obtain a new access token, then retry.' },
  },
  // ---- Authorization API (OAuth 2.0): the same envelope, codes of api-specs/api and api-specs/import ----
  insufficient_scope: {
    status: 403,
    message: 'Insufficient scope. One of the following scopes is missing:',
    category: 'PERMISSION_DENIED',
    retry: { note: 'Use an API Client with the required permissions for this endpoint instead.' },
  },
  invalid_scope: {
    status: 400,
    message: 'The requested scope is invalid, unknown, malformed, or exceeds the scope granted by the resource owner.',
    category: 'INVALID_ARGUMENT',
  },
  access_denied: {
    status: 403,
    message: 'This is the generic error code for access denied.',
    category: 'PERMISSION_DENIED',
  },
  // ---- General errors: 403 Forbidden ----
  AuthorizationError: {
    status: 403,
    message: 'Access denied',
    category: 'PERMISSION_DENIED',
  },
  // ---- General errors: 404 Not Found ----
  ResourceNotFound: {
    status: 404,
    message: 'Deployment with id={resourceId} or key={resourceKey} does not exist',
    schema: z.object(idOrKey),
    category: 'NOT_FOUND',
  },
  // ---- General errors: 409 Conflict ----
  ConcurrentModification: {
    status: 409,
    message:
      'Object id={resourceId} or key={resourceKey} has a different version than expected. Expected: {expectedVersion} - Actual: {currentVersion})',
    // The reference makes both versions optional in practice: a real 409 carries `currentVersion` alone.
    schema: z.object({ ...idOrKey, expectedVersion: z.optional(int()), currentVersion: z.optional(int()) }),
    category: 'ABORTED',
    retry: { strategy: 'refetch', note: 'Resolve the conflict (with or without involving the end user) before retrying the request: fetch the resource again (currentVersion is its version), re-apply the change, then retry.' },
  },
  // ---- General errors: 400 Bad Request (API reference only) ----
  FeatureRemoved: {
    status: 400,
    message: 'The requested feature was removed.',
    category: 'UNIMPLEMENTED',
    retry: { strategy: 'fix' },
  },
  // ---- General errors: 500 Internal Server Error ----
  General: {
    status: 500,
    message: 'Internal Server Error',
    category: 'INTERNAL',
    retry: { strategy: 'verify', note: 'The requested action may have completed after the error was returned: verify the status of the requested resource before retrying.' },
  },
  // ---- General errors: 502 Bad Gateway ----
  BadGateway: {
    status: 502,
    message: 'Bad Gateway',
    category: 'UNAVAILABLE',
    retry: { strategy: 'backoff', note: 'Retry the request with exponential backoff up to a point where further delay is unacceptable.' },
  },

  // ---- Connectors: 400 Bad Request ----
  ConnectorAlreadyCertified: {
    status: 400,
    message: 'The ConnectorStaged is already certified',
    category: 'FAILED_PRECONDITION',
  },
  ConnectorReferenceNotFound: {
    status: 400,
    message: "Connector '{identifier}' with version {version} not found",
    schema: z.object({ identifier: z.string(), version: int() }),
    category: 'NOT_FOUND',
  },
  ConnectorSpecificationFileNotFound: {
    status: 400,
    message: 'The file connect.yaml at {url} with the tag {tag} was not found',
    schema: z.object({ url: z.string(), tag: z.string() }),
    category: 'FAILED_PRECONDITION',
  },
  ConnectorSpecificationFileNotValid: {
    status: 400,
    message: 'The file connect.yaml at {url} with the tag {tag} is not valid',
    schema: z.object({ url: z.string(), tag: z.string() }),
    category: 'FAILED_PRECONDITION',
  },
  ConnectorStagedInCertification: {
    status: 400,
    message: 'The ConnectorStaged is already in certification',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
  },
  ConnectorStagedNotPreviewable: {
    status: 400,
    message: 'Connector id={resourceId} or key={resourceKey} with version {version} is not previewable',
    schema: z.object({ ...idOrKey, version: int() }),
    category: 'FAILED_PRECONDITION',
  },
  ConnectorStagedNotPrivate: {
    status: 400,
    message: 'The operation is not valid because ConnectorStaged with id={resourceId} or key={resourceKey} is not private',
    schema: z.object(idOrKey),
    category: 'FAILED_PRECONDITION',
  },
  ConnectorStagedPreviewRequestUnderProcess: {
    status: 400,
    message: 'The ConnectorStaged preview request is already in progress',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
  },

  // ---- Deployments: 400 Bad Request ----
  DeploymentUnsupportedRegion: {
    status: 400,
    message: 'Deployment unsupported region {region}',
    schema: z.object({ region: z.string() }),
    category: 'INVALID_ARGUMENT',
  },
  DeploymentUnknownApplicationConfiguration: {
    status: 400,
    message: "Deployment does not require configuration for application named '{unknownApplicationName}'.",
    schema: z.object({ unknownApplicationName: z.string() }),
    category: 'INVALID_ARGUMENT',
  },
  DeploymentUnknownApplicationConfigurationKey: {
    status: 400,
    message: 'Deployment does not require (secret|standard) configuration with key {configurationKey} for application named {applicationName}.',
    schema: z.object({ configurationKey: z.string(), applicationName: z.string() }),
    category: 'INVALID_ARGUMENT',
  },
  DeploymentInvalidStatusTransition: {
    status: 400,
    message: 'Invalid status change: Already deploying',
    category: 'FAILED_PRECONDITION',
  },
  DeploymentMissingGlobalConfigurationKey: {
    status: 400,
    message: 'Deployment global configuration requires (secret|standard) with key {configurationKey}.',
    schema: z.object({ configurationKey: z.string() }),
    category: 'INVALID_ARGUMENT',
  },
  DeploymentUnknownGlobalConfigurationKey: {
    status: 400,
    message: 'Deployment global configuration does not require (secret|standard) with key {configurationKey}.',
    schema: z.object({ configurationKey: z.string() }),
    category: 'INVALID_ARGUMENT',
  },
  DeploymentEmptyRequiredGlobalConfigurationKey: {
    status: 400,
    message: 'Deployment requires a non empty value for (secret|standard) global configuration with key {configurationKey}.',
    schema: z.object({ configurationKey: z.string() }),
    category: 'INVALID_ARGUMENT',
  },
  // ---- Deployments: 400 Bad Request (API reference only: Deployment logs) ----
  DeploymentApplicationDoesNotExist: {
    status: 400,
    message: 'Deployment does not have an application named {resourceName}.',
    schema: z.object({ resourceName: z.string() }),
    category: 'NOT_FOUND',
    retry: { strategy: 'fix' },
  },
  DeploymentLogInvalidDate: {
    status: 400,
    message: 'Invalid start/end date',
    category: 'INVALID_ARGUMENT',
  },
  DeploymentLogInvalidPageToken: {
    status: 400,
    message: 'Invalid page token: {pageToken}',
    schema: z.object({ pageToken: z.string() }),
    category: 'INVALID_ARGUMENT',
  },
  DeploymentLogMissingApplicationName: {
    status: 400,
    message: 'Missing application name when fetching deployment logs',
    category: 'INVALID_ARGUMENT',
  },

  // ---- Deployments: 422 Unprocessable Content ----
  DeploymentApplicationDoNotBelong: {
    status: 422,
    message: 'Deployment with id={resourceId} or key={resourceKey} does not include application: {applicationName}',
    schema: z.object({ ...idOrKey, applicationName: z.string() }),
    category: 'INVALID_ARGUMENT',
  },
  DeploymentApplicationRequired: {
    status: 422,
    message: 'A Deployment requires at least one application',
    category: 'INVALID_ARGUMENT',
  },
  DeploymentConnectorUpdateFailure: {
    status: 422,
    // The doc names the Connector's id and key `$resourceId` and `$resourceKey` too; they are other values.
    message:
      'Deployment with id={resourceId} or key={resourceKey} failed while trying to update Connector id={connectorId} or key={connectorKey} (cause: {cause})',
    schema: z.object({ ...idOrKey, connectorId: z.optional(z.string()), connectorKey: z.optional(z.string()), cause: z.string() }),
    category: 'FAILED_PRECONDITION',
  },
  DeploymentProductionDeactivated: {
    status: 422,
    message: 'Deployments to production are disabled for this Project. Please contact support to enable production deployments.',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator', note: 'Contact support to enable production deployments.' },
  },
  DeploymentInvalidType: {
    status: 422,
    message:
      "The Connector id={resourceId} or key={resourceKey} cannot be deployed as a '(preview|sandbox|production)' type. Only '(preview|sandbox|production)' types are allowed.",
    schema: z.object(idOrKey),
    category: 'INVALID_ARGUMENT',
  },
  // ---- Deployments: 422 Unprocessable Content (API reference only) ----
  DeploymentMustIncludeApplication: {
    status: 422,
    message: 'Deployment with id={resourceId} or key={resourceKey} must include application: {applicationName}',
    schema: z.object({ ...idOrKey, applicationName: z.string() }),
    category: 'INVALID_ARGUMENT',
  },
} as const satisfies ErrorDefs;
