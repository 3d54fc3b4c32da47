// easydb 5 errors (vendor-docs/easydb.md, "Errors"): every API, server and user code, data only.
// Statuses: API and user errors are 400, server errors 500, as the doc says. Parameter values are
// strings on the wire (the doc's "map string -> string"), list-like ones too (`ids`: "1,2,3" or "-").
// Messages are the doc's own sentences; a user error's required parameters follow in parentheses.
// Category and retry choices where the doc is silent are listed in the README.
import * as z from 'zod/mini';
import type { ErrorDefs } from '@errs/core';
import { newUuid } from './envelope.js';

const text = z.string();
const optionalText = z.optional(text);
/** A server error's uuid: kept from the wire, made by `create` when not given (never made by `parse`). */
const uuid = z._default(z.string().check(z.minLength(1)), newUuid);
const serverParams = z.object({ uuid });
const byId = z.object({ id: text });
/** Where the codes found only on endpoint pages are documented (programmfabrik/easydb-documentation). */
const rights = z.object({ operation: text, type: text, ids: text, right: text, extra_info: optionalText });

/** Every documented easydb error code: status, message template, params, category and retry advice. */
export const errors = {
  'error.api.generic': {
    status: 400,
    message: 'API errors that do not fit into the other categories',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.invalid_request_method': {
    status: 400,
    message: 'API call does not support the request method',
    category: 'UNIMPLEMENTED',
    retry: { strategy: 'fix' },
  },
  'error.api.invalid_content': {
    status: 400,
    message: 'The request content is invalid (bad content-type, empty body...)',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.invalid_api': {
    status: 400,
    message: 'The API call is invalid (for example: /api/foo)',
    category: 'UNIMPLEMENTED',
    retry: { strategy: 'fix' },
  },
  'error.api.attribute_expected': {
    status: 400,
    message: 'An attribute was expected in a JSON definition',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.type_mismatch': {
    status: 400,
    message: 'The type of an attribute is wrong',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.invalid_value': {
    status: 400,
    message: 'The value of an attribute is wrong',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.positional_parameter_expected': {
    status: 400,
    message: 'A positional parameter is expected',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.attribute_not_accepted': {
    status: 400,
    message: 'An attribute provided by the user is not accepted',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.invalid_maskset': {
    status: 400,
    message: 'The provided maskset is malformed',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.eas': {
    status: 400,
    message: 'A 400 error from EAS occurred',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.suggest_lock_taken': {
    status: 400,
    message: 'API Call tried to rebuild the suggest index while it was already building',
    category: 'ABORTED',
    retry: { strategy: 'backoff' },
  },
  'error.server.generic': {
    status: 500,
    message: 'for unexpected errors from inside easydb',
    schema: serverParams,
    category: 'INTERNAL',
    retry: { note: 'Server errors also provide the parameter uuid, which can be used to retrieve the error details using /api/server/error.' },
  },
  'error.server.database': {
    status: 500,
    message: 'for unexpected errors caused by the database',
    schema: serverParams,
    category: 'INTERNAL',
    retry: { note: 'Server errors also provide the parameter uuid, which can be used to retrieve the error details using /api/server/error.' },
  },
  'error.server.elasticsearch': {
    status: 500,
    message: 'for unexpected errors caused by Elasticsearch',
    schema: serverParams,
    category: 'INTERNAL',
    retry: { note: 'Server errors also provide the parameter uuid, which can be used to retrieve the error details using /api/server/error.' },
  },
  'error.server.eas': {
    status: 500,
    message: 'for unexpected errors caused by EAS',
    schema: serverParams,
    category: 'INTERNAL',
    retry: { note: 'Server errors also provide the parameter uuid, which can be used to retrieve the error details using /api/server/error.' },
  },
  'error.server.internal_file_error': {
    status: 500,
    message: 'for unexpected file operation errors',
    schema: serverParams,
    category: 'INTERNAL',
    retry: { note: 'Server errors also provide the parameter uuid, which can be used to retrieve the error details using /api/server/error.' },
  },
  'error.user.not_authenticated': {
    status: 400,
    message: 'The session is not authenticated.',
    category: 'UNAUTHENTICATED',
  },
  'error.user.authentication_method_not_allowed': {
    status: 400,
    message: 'The authentication method that was provided is nto allowed (method: {method})',
    schema: z.object({ method: text }),
    category: 'UNAUTHENTICATED',
  },
  'error.user.tasks_not_confirmed': {
    status: 400,
    message: 'There are pending tasks associated with this session that require confirmation.',
    category: 'FAILED_PRECONDITION',
  },
  'error.user.insufficient_rights': {
    status: 400,
    message: 'The user lacks the right to perform a certain operation (operation: {operation}, type: {type}, ids: {ids}, right: {right}).',
    schema: rights,
    category: 'PERMISSION_DENIED',
  },
  'error.user.insufficient_rights_after_transition': {
    status: 400,
    message: 'The user lost the right to perform a certain operation after a transition (operation: {operation}, type: {type}, ids: {ids}, right: {right}).',
    schema: rights,
    category: 'PERMISSION_DENIED',
  },
  'error.user.right_revoked': {
    status: 400,
    message: 'The user revokes a right he had before (operation: {operation}, type: {type}, ids: {ids}, right: {right}).',
    schema: rights,
    category: 'PERMISSION_DENIED',
  },
  'error.user.change_owner_on_creation': {
    status: 400,
    message: 'The user attempts to create a new base or user object with a different owner.',
    category: 'PERMISSION_DENIED',
  },
  'error.user.invalid_owner_on_creation': {
    status: 400,
    message: 'The user attempts to create a new user object with an invalid owner.',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.no_system_right': {
    status: 400,
    message: 'The user lacks a system right in order to perform a certain operation (right: {right})',
    schema: z.object({ right: text, extra_info: optionalText }),
    category: 'PERMISSION_DENIED',
  },
  'error.user.no_grantable_right': {
    status: 400,
    message: 'Inserting an object into a collection would grant a right to it that the collection owner lacks (as "grantable") (collection: {collection}, objecttype: {objecttype}, object_id: {object_id}, right: {right}).',
    schema: z.object({ collection: text, objecttype: text, object_id: text, right: text, extra_info: optionalText }),
    category: 'PERMISSION_DENIED',
  },
  'error.user.upload_limit_exceeded': {
    status: 400,
    message: 'Upload limit exceeded (filename: {filename}, class: {class}, limit: {limit})',
    schema: z.object({ filename: text, class: text, limit: text }),
    category: 'OUT_OF_RANGE',
  },
  'error.user.upload_type_not_allowed': {
    status: 400,
    message: 'Uploaded file type is not allowes (filename: {filename}, class: {class}, extension: {extension})',
    schema: z.object({ filename: text, class: text, extension: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.version_mismatch': {
    status: 400,
    message: 'The user tries to update an older version of an entity (provided: {provided}, expected: {expected}).',
    schema: z.object({ provided: text, expected: text }),
    category: 'ABORTED',
  },
  'error.user.integrity_constraint_violation': {
    status: 400,
    message: 'The operation violates an integrity constraint, including: unique, restrict (constraint: {constraint})',
    schema: z.object({ constraint: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.foreign_key_constraint_violation': {
    status: 400,
    message: 'The operation violates a foreign key constraint (constraint: {constraint})',
    schema: z.object({ constraint: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.check_constraint_violation': {
    status: 400,
    message: 'The operation violates a check constraint (constraint: {constraint})',
    schema: z.object({ constraint: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.not_null_violation': {
    status: 400,
    message: 'The operation violates a not null constraint, i.e. a required attribute was not provided or was empty (column: {column})',
    schema: z.object({ column: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.object_not_found': {
    status: 400,
    message: 'The requested user object could not be found (id: {id})',
    schema: z.object({ objecttype: optionalText, id: text }),
    category: 'NOT_FOUND',
  },
  'error.user.instance_not_found': {
    status: 400,
    message: 'The requested instance could not be found (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.user_not_found': {
    status: 400,
    message: 'The server cannot find the given user (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.group_not_found': {
    status: 400,
    message: 'The server cannot find the given group (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.bad_password': {
    status: 400,
    message: 'Password is not accepted due to policy (hint: {hint})',
    schema: z.object({ hint: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.same_password': {
    status: 400,
    message: 'Password is not accepted because it is repeated',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.invalid_password': {
    status: 400,
    message: 'Wrong password',
    category: 'UNAUTHENTICATED',
  },
  'error.user.authentication_token_expired': {
    status: 400,
    message: 'The user is using an authentication token that has expired',
    category: 'UNAUTHENTICATED',
  },
  'error.user.authentication_token_used': {
    status: 400,
    message: 'The user is using an authentication token that has already been used',
    category: 'UNAUTHENTICATED',
  },
  'error.user.forgotten_password_process_disabled': {
    status: 400,
    message: 'Forgotten password process disabled by frontend configuration',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
  },
  'error.user.user_has_no_email': {
    status: 400,
    message: 'The user has no e-mail address',
    category: 'FAILED_PRECONDITION',
  },
  'error.user.primary_check_number': {
    status: 400,
    message: 'The user has provided more than one primary e-mail addresses',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.primary_check_active': {
    status: 400,
    message: 'The user is trying to set an inactive e-mail to be primary',
    category: 'FAILED_PRECONDITION',
  },
  'error.user.intended_primary_check_number': {
    status: 400,
    message: 'The user has provided more than one intended primary e-mail addresses',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.intended_primary_check_requested': {
    status: 400,
    message: 'The user is trying to set an e-mail to be intended primary without requesting confirmation',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.email_confirmation_not_required': {
    status: 400,
    message: 'The e-mail does not need confirmation',
    category: 'FAILED_PRECONDITION',
  },
  'error.user.email_already_confirmed': {
    status: 400,
    message: 'The e-mail was already confirmed',
    category: 'FAILED_PRECONDITION',
  },
  'error.user.email_not_found': {
    status: 400,
    message: 'The server cannot find the given e-mail (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.email_confirmation_failed': {
    status: 400,
    message: 'E-mail confirmation failed',
    category: 'FAILED_PRECONDITION',
  },
  'error.user.user_update_system_group': {
    status: 400,
    message: 'The user tries to put a user in a system group (user_id: {user_id}, group_id: {group_id})',
    schema: z.object({ user_id: text, group_id: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.update_system_user': {
    status: 400,
    message: 'Attribute cannot be updated because the user is a system user (user_id: {user_id}, attribute: {attribute})',
    schema: z.object({ user_id: text, attribute: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.delete_system_user': {
    status: 400,
    message: 'User cannot be deleted because it is a system user (user_id: {user_id})',
    schema: z.object({ user_id: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.invalid_user_type_change': {
    status: 400,
    message: 'Invalid user type change: it is only possible to change the type of an "email" user to "easydb" (user_id: {user_id}).',
    schema: z.object({ user_id: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.user_auto_disable': {
    status: 400,
    message: 'A user is attempting to disable its own login',
    category: 'FAILED_PRECONDITION',
  },
  'error.user.email_already_exists': {
    status: 400,
    message: 'The provided e-mail already exists in the system (address: {address})',
    schema: z.object({ address: text }),
    category: 'ALREADY_EXISTS',
  },
  'error.user.delete_system_group': {
    status: 400,
    message: 'Group cannot be deleted because it is a system group (group_id: {group_id})',
    schema: z.object({ group_id: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.register_user_login_or_email_required': {
    status: 400,
    message: 'Attempting to register as new user without login nor e-mail address',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.custom_type_required': {
    status: 400,
    message: 'Attempting to assign the "system.user.create_new" right with type "custom" but without specifying the "custom_type"',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.group_required': {
    status: 400,
    message: 'Attempting to create a user without group when "require_group" was set',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.login_change_not_allowed_for_email_user': {
    status: 400,
    message: 'Attempting to change the login of an "email" user',
    category: 'FAILED_PRECONDITION',
  },
  'error.user.invalid_table_name': {
    status: 400,
    message: 'The user provided a table name that does not comply with the rules defined (name: {name}).',
    schema: z.object({ name: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.invalid_column_name': {
    status: 400,
    message: 'The user provided a column name that does not comply with the rules defined (name: {name}).',
    schema: z.object({ name: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.invalid_mask_name': {
    status: 400,
    message: 'The user provided a mask name that does not comply with the rules defined (name: {name}).',
    schema: z.object({ name: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.no_preferred_mask': {
    status: 400,
    message: 'No preferred mask specified in the maskset for the given objecttype (objecttype: {objecttype}).',
    schema: z.object({ objecttype: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.more_than_one_preferred_masks': {
    status: 400,
    message: 'More than one preferred masks specified in the maskset for the given objecttype (objecttype: {objecttype}).',
    schema: z.object({ objecttype: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.object_owner_null': {
    status: 400,
    message: 'The user provided an object without owner',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.old_mask_missing': {
    status: 400,
    message: 'The user requested an object using an old schema version and a mask that did not exist in that version (mask_name: {mask_name}, mask_id: {mask_id}, schema_version: {schema_version}).',
    schema: z.object({ mask_name: text, mask_id: text, schema_version: text }),
    category: 'NOT_FOUND',
  },
  'error.user.old_schema_missing': {
    status: 400,
    message: 'The user requested an object version for which no old schema version could be found (objecttype: {objecttype}, id: {id}, object_version: {object_version}).',
    schema: z.object({ objecttype: text, id: text, object_version: text }),
    category: 'NOT_FOUND',
  },
  'error.user.no_mask_defined_for_collection': {
    status: 400,
    message: 'The user attempts to create objects in a collection using /api/db with the collection parameter. The collection has no mask defined for object creation (collection_id: {collection_id}).',
    schema: z.object({ collection_id: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.no_pool_defined_for_collection': {
    status: 400,
    message: 'The user attempts to create objects in a collection using /api/db with the collection parameter. The objecttype has a pool link, but the collection has no pool defined for object creation (collection_id: {collection_id}).',
    schema: z.object({ collection_id: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.bad_objecttype_for_collection': {
    status: 400,
    message: 'The user attempts to create objects in a collection using /api/db with the collection parameter. The objecttype is not the one configured in the collection for object creation (collection_id: {collection_id}, expected_objecttype_id: {expected_objecttype_id}).',
    schema: z.object({ collection_id: text, expected_objecttype_id: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.bad_mask_for_collection': {
    status: 400,
    message: 'The user attempts to create objects in a collection using /api/db with the collection parameter. The provided mask is not the one configured in the collection for object creation (collection_id: {collection_id}, expected_mask_id: {expected_mask_id}).',
    schema: z.object({ collection_id: text, expected_mask_id: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.bad_pool_for_collection': {
    status: 400,
    message: 'The user attempts to create objects in a collection using /api/db with the collection parameter. The objecttype has a pool link, but the provided pool is not the one configured in the collection for object creation (collection_id: {collection_id}, expected_pool_id: {expected_pool_id}).',
    schema: z.object({ collection_id: text, expected_pool_id: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.collection_is_not_under_user_collection': {
    status: 400,
    message: 'The user is trying to create or move a collection outside of the user collection tree.',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.transition_reject': {
    status: 400,
    message: 'The operation was rejected by a transition (message: {message}).',
    schema: z.object({ message: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.bad_confirm_code': {
    status: 400,
    message: 'The confirm code for the operation is invalid.',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.bad_mask_for_update': {
    status: 400,
    message: 'A mask with mask filter was provided for POST /api/db (mask: {mask})',
    schema: z.object({ mask: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.link_root_pool': {
    status: 400,
    message: 'The user is trying to link an object to the root pool (object_id: {object_id})',
    schema: z.object({ object_id: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.pool_not_found': {
    status: 400,
    message: 'The server cannot find the given pool (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.pool_requires_parent': {
    status: 400,
    message: 'The user is trying to create a pool but has not specified a parent',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.system_pool_update_parent': {
    status: 400,
    message: 'The user is trying to change the parent of a system pool (id: {id})',
    schema: byId,
    category: 'FAILED_PRECONDITION',
  },
  'error.user.system_pool_delete': {
    status: 400,
    message: 'The user is trying to delete a system pool (id: {id})',
    schema: byId,
    category: 'FAILED_PRECONDITION',
  },
  'error.user.collection_not_found': {
    status: 400,
    message: 'The server cannot find the given collection (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.collection_does_not_allow_children': {
    status: 400,
    message: 'The user is trying to create or move a collection under a collection that does not allow children (id: {id})',
    schema: byId,
    category: 'FAILED_PRECONDITION',
  },
  'error.user.collection_requires_parent': {
    status: 400,
    message: 'The user is trying to create a collection but has not specified a parent',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.system_collection_update': {
    status: 400,
    message: 'The user is trying to change an attribute of a system collection which cannot be changed (id: {id})',
    schema: byId,
    category: 'FAILED_PRECONDITION',
  },
  'error.user.system_collection_delete': {
    status: 400,
    message: 'The user is trying to delete a system collection (id: {id})',
    schema: byId,
    category: 'FAILED_PRECONDITION',
  },
  'error.user.collection_user_secret_already_exists': {
    status: 400,
    message: 'There is a user associated with the secret provided for a new collection user (secret: {secret})',
    schema: z.object({ secret: text }),
    category: 'ALREADY_EXISTS',
  },
  'error.user.collection_sharing_inactive': {
    status: 400,
    message: 'The ACL entry that enables collection sharing for the provided credentials is not active',
    category: 'PERMISSION_DENIED',
    retry: { strategy: 'operator' },
  },
  'error.user.collection_sharing_too_soon': {
    status: 400,
    message: 'The ACL entry that enables collection sharing for the provided credentials is not valid yet (timestamp: {timestamp})',
    schema: z.object({ timestamp: text }),
    category: 'PERMISSION_DENIED',
  },
  'error.user.collection_sharing_too_late': {
    status: 400,
    message: 'The ACL entry that enables collection sharing for the provided credentials is no longer valid (timestamp: {timestamp})',
    schema: z.object({ timestamp: text }),
    category: 'PERMISSION_DENIED',
    retry: { strategy: 'operator' },
  },
  'error.user.collection_name_repeated': {
    status: 400,
    message: 'There already exists a collection with the given name under the same parent collection',
    category: 'ALREADY_EXISTS',
  },
  'error.user.export_already_running': {
    status: 400,
    message: 'The user is trying to start an export which is already running.',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'refetch' },
  },
  'error.user.export_name_required': {
    status: 400,
    message: 'The user is trying to create a scheduled export with no name.',
    category: 'INVALID_ARGUMENT',
  },
  'error.user.search_no_mask_found': {
    status: 400,
    message: 'The user provided an objecttype for which no mask was found (objecttype: {objecttype})',
    schema: z.object({ objecttype: text }),
    category: 'NOT_FOUND',
  },
  'error.user.session_not_found': {
    status: 400,
    message: 'The server cannot find the given session (id: {id})',
    schema: byId,
    category: 'UNAUTHENTICATED',
  },
  'error.user.session_invalid': {
    status: 400,
    message: 'The session provided is invalid',
    category: 'UNAUTHENTICATED',
  },
  'error.user.username_or_password_empty': {
    status: 400,
    message: 'The user provided an empty user or password when authenticating',
    category: 'UNAUTHENTICATED',
  },
  'error.user.login_failed': {
    status: 400,
    message: 'Login failed',
    category: 'UNAUTHENTICATED',
  },
  'error.user.login_disabled': {
    status: 400,
    message: 'Login failed because it was disabled',
    category: 'PERMISSION_DENIED',
    retry: { strategy: 'operator' },
  },
  'error.user.login_disabled_from': {
    status: 400,
    message: 'Login failed because it was disabled in a certain datetime range: from (from: {from})',
    schema: z.object({ from: text }),
    category: 'PERMISSION_DENIED',
    retry: { strategy: 'operator' },
  },
  'error.user.login_disabled_to': {
    status: 400,
    message: 'Login failed because it was disabled in a certain datetime range: to (to: {to})',
    schema: z.object({ to: text }),
    category: 'PERMISSION_DENIED',
    retry: { strategy: 'operator' },
  },
  'error.user.tag_not_found': {
    status: 400,
    message: 'The server cannot find the given tag (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.right_not_found': {
    status: 400,
    message: 'The server cannot find the given right (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.message_not_found': {
    status: 400,
    message: 'The server cannot find the given message (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.objecttype_not_found': {
    status: 400,
    message: 'The server cannot find the given objecttype (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.mask_not_found': {
    status: 400,
    message: 'The server cannot find the given mask (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.event_not_found': {
    status: 400,
    message: 'The server cannot find the given event (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.error_not_found': {
    status: 400,
    message: 'The server cannot find the given error (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.language_not_found': {
    status: 400,
    message: 'The server cannot find the given language (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.asset_not_found': {
    status: 400,
    message: 'EAS cannot find the given asset (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.wrong_value': {
    status: 400,
    message: 'The provided value does not meet the expected form (i.e. a regex) (variable: {variable}, value: {value}, hint: {hint})',
    schema: z.object({ variable: text, value: text, hint: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.right_preset_not_found': {
    status: 400,
    message: 'The server cannot find the given right preset (id: {id})',
    schema: byId,
    category: 'NOT_FOUND',
  },
  'error.user.no_masks_for_create': {
    status: 400,
    message: 'There are no masks available for the objecttype / pool combination provided to /api/db_info/create (objecttype: {objecttype}, pool: {pool})',
    schema: z.object({ objecttype: text, pool: text }),
    category: 'FAILED_PRECONDITION',
  },
  'error.user.event_type_disabled': {
    status: 400,
    message: 'The user attempts to POST en event whose type has been disabled via base config (event_type: {event_type})',
    schema: z.object({ event_type: text }),
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
  },
  'error.user.invalid_value': {
    status: 400,
    message: 'The user provided an invalid value for an attribute (attribute: {attribute}, value: {value}, expected_format: {expected_format})',
    schema: z.object({ attribute: text, value: text, expected_format: text }),
    category: 'INVALID_ARGUMENT',
  },
  'error.user.objects_not_allowed': {
    status: 400,
    message: 'Using /api/objects without the required base config parameter',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'operator' },
  },
  // ---- Codes named only on endpoint pages, not in the errors chapter (current/easydb-endpoints.md) ----
  'error.api.invalid_email_address': {
    status: 400,
    message: 'The mail address is unknown',
    category: 'INVALID_ARGUMENT',
  },
  'error.api.update_customdata': {
    status: 400,
    message: 'The update of the custom datatypes failed',
    category: 'FAILED_PRECONDITION',
    retry: { strategy: 'verify' },
  },
  'error.user.eas_http_404': {
    status: 400,
    message: 'The resource at the URL is not available (url: {url})',
    schema: z.object({ url: text }),
    category: 'NOT_FOUND',
  },
  'error.user.forgot_password.unknown': {
    status: 400,
    message: 'The user specified in forgot could not be identified',
    category: 'NOT_FOUND',
  },
  'error.user.search_query_too_long': {
    status: 400,
    message: 'A text or string input value is longer than 256 characters',
    category: 'INVALID_ARGUMENT',
  },
} as const satisfies ErrorDefs;
