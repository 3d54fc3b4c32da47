// The commercetools Connect API's documentation texts per code: data only, apart from catalog.ts so that a
// client bundle leaves them out. The docs generator and the playground import them (`@errs/connect/docs`).
// A `source` names where a code not on the Connect API error reference page is documented
// (commercetools/commercetools-api-reference).
import type { ErrorDocs } from '@errs/core';
import type { errors } from './catalog.js';

const REFERENCE = 'commercetools-api-reference: api-specs/connect/types/error/';

/** The description and source of each code that has one (the codes table and openapi.json examples of `@errs/core/openapi`, the playground). */
export const docs: ErrorDocs<typeof errors> = {
  InvalidJsonInput: {
    description: 'Returned when an invalid JSON input has been sent. Either the JSON is syntactically incorrect or does not conform to the expected shape (for example is missing a required field).',
  },
  InvalidQueryParam: {
    description: 'Returned when an invalid query parameter has been sent.',
  },
  InvalidPathParam: {
    description: 'Returned when an invalid path parameter has been sent.',
  },
  DuplicateField: {
    description: 'Returned when a field value conflicts with an existing value causing a duplicate.',
  },
  FieldValueNotFound: {
    description: 'Returned when a value for a field is not found.',
  },
  GitRepositoryNotReachable: {
    description: 'Returned when the GitHub repository is unreachable or not found.',
  },
  AuthenticationError: {
    description: 'Returned when the client cannot be authenticated.',
    source: `${REFERENCE}AuthenticationError.raml`,
  },
  invalid_token: {
    description: 'Sent by the authorization layer (OAuth 2.0 bearer token error) when the access token is invalid or expired.',
    source: 'commercetools-api-reference: api-specs/connect/examples/error/auth-error-response.json',
  },
  insufficient_scope: {
    description: 'This error occurs when your API Client does not have the OAuth scope required for the endpoint. Use an API Client with the required permissions for this endpoint instead.',
    source: 'commercetools-api-reference: api-specs/api/types/error/InsufficientScopeError.raml',
  },
  invalid_scope: {
    description: 'Sent by the authorization API (OAuth 2.0 token endpoint) for a requested scope it cannot grant.',
    source: 'commercetools-api-reference: api-specs/import/types/error.raml (InvalidScopeError)',
  },
  access_denied: {
    description: 'This is the generic error code for access denied. In case of a wrong scope, an InvalidScopeError will be returned.',
    source: 'commercetools-api-reference: api-specs/import/types/error.raml (AccessDeniedError)',
  },
  AuthorizationError: {
    description: 'Returned when the client does not have sufficient permissions for this operation.',
  },
  ResourceNotFound: {
    description: 'Returned when the resource addressed by the request URL does not exist.',
  },
  ConcurrentModification: {
    description: 'Returned when the request conflicts with the current state of the involved resources. Typically, the request attempts to modify a resource that is out of date (that is modified by another client since it was last retrieved).',
  },
  FeatureRemoved: {
    description: 'Returned when the requested feature was removed. The message describes the feature that is removed.',
    source: `${REFERENCE}FeatureRemovedError.raml`,
  },
  General: {
    description: 'Returned when a server-side problem occurs before or after data persistence. The message describes any known details of the problem, for example "Write operations are temporarily unavailable".',
  },
  BadGateway: {
    description: 'Returned when a server-side problem is caused by scaling infrastructure resources.',
  },
  ConnectorAlreadyCertified: {
    description: 'Returned when trying to certify a Connector that is already certified.',
  },
  ConnectorReferenceNotFound: {
    description: 'Returned when the referenced Connector was not found.',
  },
  ConnectorSpecificationFileNotFound: {
    description: 'Returned when the Connector specification file was not found.',
  },
  ConnectorSpecificationFileNotValid: {
    description: 'Returned when the Connector specification file is not valid.',
  },
  ConnectorStagedInCertification: {
    description: 'Returned when trying to publish a Connector that requires certification but is already in the certification process.',
  },
  ConnectorStagedNotPreviewable: {
    description: 'Returned when a ConnectorStaged to be deployed is not previewable.',
  },
  ConnectorStagedNotPrivate: {
    description: 'Returned when attempting to update the privateProjects of a non-private ConnectorStaged.',
  },
  ConnectorStagedPreviewRequestUnderProcess: {
    description: 'Returned when attempting to request previewable status of a ConnectorStaged that is currently being reviewed for previewable status.',
  },
  DeploymentUnsupportedRegion: {
    description: 'Returned when the Deployment region is not supported.',
  },
  DeploymentUnknownApplicationConfiguration: {
    description: "Returned when the Deployment contains configuration values that are not defined in the Connect application's connect.yaml file.",
  },
  DeploymentUnknownApplicationConfigurationKey: {
    description: "Returned when the Deployment contains a configuration key that is not defined in the Connect application's connect.yaml file.",
  },
  DeploymentInvalidStatusTransition: {
    description: 'Returned when the Deployment operation results in a invalid status transition. The message ends in "Already queued", "Already deploying" or "Already undeploying", after the DeploymentStatus of the Deployment.',
  },
  DeploymentMissingGlobalConfigurationKey: {
    description: 'Returned when a required global configuration key is missing.',
  },
  DeploymentUnknownGlobalConfigurationKey: {
    description: 'Returned when attempting to provide a nonexistent global configuration.',
  },
  DeploymentEmptyRequiredGlobalConfigurationKey: {
    description: 'Returned when a required global configuration key has an empty value.',
  },
  DeploymentApplicationDoesNotExist: {
    description: 'Returned when trying to get a log by application name, and the application does not exist on the Connector.',
    source: `${REFERENCE}DeploymentApplicationDoesNotExistError.raml`,
  },
  DeploymentLogInvalidDate: {
    description: 'Returned when trying to get a log with invalid start date or end date.',
    source: `${REFERENCE}DeploymentLogInvalidDateError.raml`,
  },
  DeploymentLogInvalidPageToken: {
    description: 'Returned when trying to get a log with invalid page token.',
    source: `${REFERENCE}DeploymentLogInvalidPageTokenError.raml`,
  },
  DeploymentLogMissingApplicationName: {
    description: 'Returned when trying to get a log from an AWS deployment and an application name was not provided.',
    source: `${REFERENCE}DeploymentLogMissingApplicationNameError.raml`,
  },
  DeploymentApplicationDoNotBelong: {
    description: 'Returned when attempting to add an application that does not belong to the Deployment.',
  },
  DeploymentApplicationRequired: {
    description: 'Returned when a Deployment does not contain any applications.',
  },
  DeploymentConnectorUpdateFailure: {
    description: 'Returned when updating a Connector fails during redeployment.',
  },
  DeploymentProductionDeactivated: {
    description: 'Returned when deployments to production are disabled for the Project.',
  },
  DeploymentInvalidType: {
    description: 'Returned when a Connector cannot be deployed as the requested Deployment type.',
  },
  DeploymentMustIncludeApplication: {
    description: 'Returned when attempting to remove an application that belongs to the Deployment.',
    source: `${REFERENCE}DeploymentMustIncludeApplicationError.raml`,
  },
};
