// easydb 5's documentation texts per code: data only, apart from catalog.ts so that a
// client bundle leaves them out. The docs generator and the playground import them (`@errs/easydb/docs`).
import type { ErrorDocs } from '@errs/core';
import type { errors } from './catalog.js';

const ENDPOINTS = 'easydb-documentation: content/technical/api/';

/** The description and source of each code that has one (the codes table and openapi.json examples of `@errs/core/openapi`, the playground). */
export const docs: ErrorDocs<typeof errors> = {
  'error.user.not_authenticated': {
    description: 'Not Authenticated (Rights management): The session is not authenticated.',
  },
  'error.user.authentication_method_not_allowed': {
    description: 'Authentication Method Not Allowed (Rights management): The authentication method that was provided is nto allowed. Parameters: method: the authentication method.',
  },
  'error.user.tasks_not_confirmed': {
    description: 'Tasks Not Confirmed (Rights management): There are pending tasks associated with this session that require confirmation.',
  },
  'error.user.insufficient_rights': {
    description: 'Insufficient Rights (Rights management): The user lacks the right to perform a certain operation. Parameters: operation: "create", "read", "update", "delete", "fill" (collection objects manipulation); type: the name of the objecttype or base type; ids: affected IDs (a comma-separated list of IDs or "-"); right: name of the right; extra_info (optional): used for rights with parameters to specify parameter information.',
  },
  'error.user.insufficient_rights_after_transition': {
    description: 'Insufficient Rights After Transition (Rights management): The user lost the right to perform a certain operation after a transition. Same parameters as error.user.insufficient_rights.',
  },
  'error.user.right_revoked': {
    description: 'Rights Revoked (Rights management): The user revokes a right he had before. Same parameters as error.user.insufficient_rights.',
  },
  'error.user.change_owner_on_creation': {
    description: 'Change Owner On Creation (Rights management): The user attempts to create a new base or user object with a different owner.',
  },
  'error.user.invalid_owner_on_creation': {
    description: 'Invalid Owner On Creation (Rights management): The user attempts to create a new user object with an invalid owner.',
  },
  'error.user.no_system_right': {
    description: 'No System Right (Rights management): The user lacks a system right in order to perform a certain operation. Parameters: right: name of the right; extra_info: if the system right has any parameters and something is missing there will be information here.',
  },
  'error.user.no_grantable_right': {
    description: 'No Grantable Right (Rights management): Inserting an object into a collection would grant a right to it that the collection owner lacks (as "grantable"). Parameters: collection: id of the collection; objecttype: objecttype of the affected object; object_id: id of the affected object; right: name of the right; extra_info (optional): used for rights with parameters to specify parameter information.',
  },
  'error.user.upload_limit_exceeded': {
    description: 'Upload Limit Exceeded (Rights management): Upload limit exceeded. Parameters: filename: file name; class: file class (including "other"), or "global" if the limit is the global updload limit; limit: value of the limit.',
  },
  'error.user.upload_type_not_allowed': {
    description: 'Upload Type Not Allowed (Rights management): Uploaded file type is not allowes. Parameters: filename: file name; class: file class; extension: the file extension detected for the file.',
  },
  'error.user.version_mismatch': {
    description: 'Version Mismatch (General data manipulation errors): The user tries to update an older version of an entity. Parameters: provided: version provided by user; expected: expected version.',
  },
  'error.user.integrity_constraint_violation': {
    description: 'Integrity Constraint Violation (General data manipulation errors): The operation violates an integrity constraint, including: unique, restrict. Parameters: constraint: name of the constraint.',
  },
  'error.user.foreign_key_constraint_violation': {
    description: 'Foreign Key Constraint Violation (General data manipulation errors): The operation violates a foreign key constraint. Parameters: constraint: name of the constraint.',
  },
  'error.user.check_constraint_violation': {
    description: 'Check Constraint Violation (General data manipulation errors): The operation violates a check constraint. Parameters: constraint: name of the constraint.',
  },
  'error.user.not_null_violation': {
    description: 'Not Null Violation (General data manipulation errors): The operation violates a not null constraint, i.e. a required attribute was not provided or was empty. Parameters: column: column name.',
  },
  'error.user.object_not_found': {
    description: 'Object Not Found (General data manipulation errors): The requested user object could not be found. Parameters: objecttype: objecttype name; id: object ID. Object Not Found (User object manipulation, documented again): The server cannot find the given object. Parameters: id: the object ID. Depending on how the user specified the object ID, it can be a global object ID or a combination of objecttype and ID. If it is a global object ID, it will contain a "@" If not, it will have the form: "<objecttype>:<id>".',
  },
  'error.user.instance_not_found': {
    description: 'Instance Not Found (General data manipulation errors): The requested instance could not be found. Parameters: id: instance ID.',
  },
  'error.user.user_not_found': {
    description: 'User Not Found (User management): The server cannot find the given user. Parameters: id: the user ID.',
  },
  'error.user.group_not_found': {
    description: 'Group Not Found (User management): The server cannot find the given group. Parameters: id: the group ID.',
  },
  'error.user.bad_password': {
    description: 'Bad Password (User management): Password is not accepted due to policy. Parameters: hint: a hint describing the policy (this is a l10n field provided in the base config and it is rendered in the session language).',
  },
  'error.user.same_password': {
    description: 'Same Password (User management): Password is not accepted because it is repeated.',
  },
  'error.user.invalid_password': {
    description: 'Invalid Password (User management): Wrong password.',
  },
  'error.user.authentication_token_expired': {
    description: 'Authentication Token Expired (User management): The user is using an authentication token that has expired.',
  },
  'error.user.authentication_token_used': {
    description: 'Authentication Token Used (User management): The user is using an authentication token that has already been used.',
  },
  'error.user.forgotten_password_process_disabled': {
    description: 'Forgotten Password Process Disabled (User management): Forgotten password process disabled by frontend configuration.',
  },
  'error.user.user_has_no_email': {
    description: 'User Has No Email (User management): The user has no e-mail address.',
  },
  'error.user.primary_check_number': {
    description: 'Primary Check Number (User management): The user has provided more than one primary e-mail addresses.',
  },
  'error.user.primary_check_active': {
    description: 'Primary Check Active (User management): The user is trying to set an inactive e-mail to be primary.',
  },
  'error.user.intended_primary_check_number': {
    description: 'Intended Primary Check Number (User management): The user has provided more than one intended primary e-mail addresses.',
  },
  'error.user.intended_primary_check_requested': {
    description: 'Intended Primary Check Requested (User management): The user is trying to set an e-mail to be intended primary without requesting confirmation.',
  },
  'error.user.email_confirmation_not_required': {
    description: 'Email Confirmation Not Required (User management): The e-mail does not need confirmation.',
  },
  'error.user.email_already_confirmed': {
    description: 'Email Already Confirmed (User management): The e-mail was already confirmed.',
  },
  'error.user.email_not_found': {
    description: 'E-Mail Not Found (User management): The server cannot find the given e-mail. Parameters: id: the e-mail.',
  },
  'error.user.email_confirmation_failed': {
    description: 'Email Confirmation Failed (User management): E-mail confirmation failed.',
  },
  'error.user.user_update_system_group': {
    description: 'User Update System Group (User management): The user tries to put a user in a system group. Parameters: user_id: the user ID; group_id: the system group ID.',
  },
  'error.user.update_system_user': {
    description: 'Update System User (User management): Attribute cannot be updated because the user is a system user. Parameters: user_id: the system user ID; attribute: the attribute that the user was trying to update.',
  },
  'error.user.delete_system_user': {
    description: 'Delete System User (User management): User cannot be deleted because it is a system user. Parameters: user_id: the system user ID.',
  },
  'error.user.invalid_user_type_change': {
    description: 'Invalid User Type Change (User management): Invalid user type change: it is only possible to change the type of an "email" user to "easydb". Parameters: user_id: the user ID, or "<new>" if the user is attempting to set the type of the user on creation..',
  },
  'error.user.user_auto_disable': {
    description: 'User Auto Disable (User management): A user is attempting to disable its own login.',
  },
  'error.user.email_already_exists': {
    description: 'Email Already Exists (User management): The provided e-mail already exists in the system. Parameters: address: the e-mail address.',
  },
  'error.user.delete_system_group': {
    description: 'Delete System Group (User management): Group cannot be deleted because it is a system group. Parameters: group_id: the system group ID.',
  },
  'error.user.register_user_login_or_email_required': {
    description: 'Register User Login Or Email Required (User management): Attempting to register as new user without login nor e-mail address.',
  },
  'error.user.custom_type_required': {
    description: 'Custom Type Required (User management): Attempting to assign the "system.user.create_new" right with type "custom" but without specifying the "custom_type"',
  },
  'error.user.group_required': {
    description: 'Group Required (User management): Attempting to create a user without group when "require_group" was set.',
  },
  'error.user.login_change_not_allowed_for_email_user': {
    description: 'Login Change Not Allowed For Email User (User management): Attempting to change the login of an "email" user.',
  },
  'error.user.invalid_table_name': {
    description: 'Invalid Table Name (Schema and maskset manipulation): The user provided a table name that does not comply with the rules defined. Parameters: name: the provided table name.',
  },
  'error.user.invalid_column_name': {
    description: 'Invalid Column Name (Schema and maskset manipulation): The user provided a column name that does not comply with the rules defined. Parameters: name: the provided column name.',
  },
  'error.user.invalid_mask_name': {
    description: 'Invalid Mask Name (Schema and maskset manipulation): The user provided a mask name that does not comply with the rules defined. Parameters: name: the provided mask name.',
  },
  'error.user.no_preferred_mask': {
    description: 'No Preferred Mask (Schema and maskset manipulation): No preferred mask specified in the maskset for the given objecttype. Parameters: objecttype: objecttype for which no mask was found.',
  },
  'error.user.more_than_one_preferred_masks': {
    description: 'More Than One Preferred Masks (Schema and maskset manipulation): More than one preferred masks specified in the maskset for the given objecttype. Parameters: objecttype: objecttype for which more than one masks were found.',
  },
  'error.user.object_owner_null': {
    description: 'Object Owner Null (User object manipulation): The user provided an object without owner.',
  },
  'error.user.old_mask_missing': {
    description: 'Old Mask Missing (User object manipulation): The user requested an object using an old schema version and a mask that did not exist in that version. Parameters: mask_name: requested mask name; mask_id: mask id (in the current schema version); schema_version: requested schema version.',
  },
  'error.user.old_schema_missing': {
    description: 'Old Schema Missing (User object manipulation): The user requested an object version for which no old schema version could be found. Parameters: objecttype: type of the requested object; id: object id; object_version: requested object version.',
  },
  'error.user.no_mask_defined_for_collection': {
    description: 'No Mask Defined For Collection (User object manipulation): The user attempts to create objects in a collection using /api/db with the collection parameter. The collection has no mask defined for object creation. Parameters: collection_id: collection id.',
  },
  'error.user.no_pool_defined_for_collection': {
    description: 'No Pool Defined For Collection (User object manipulation): The user attempts to create objects in a collection using /api/db with the collection parameter. The objecttype has a pool link, but the collection has no pool defined for object creation. Parameters: collection_id: collection id.',
  },
  'error.user.bad_objecttype_for_collection': {
    description: 'Bad Objecttype For Collection (User object manipulation): The user attempts to create objects in a collection using /api/db with the collection parameter. The objecttype is not the one configured in the collection for object creation. Parameters: collection_id: collection id; expected_objecttype_id: expected objecttype id.',
  },
  'error.user.bad_mask_for_collection': {
    description: 'Bad Mask For Collection (User object manipulation): The user attempts to create objects in a collection using /api/db with the collection parameter. The provided mask is not the one configured in the collection for object creation. Parameters: collection_id: collection id; expected_mask_id: expected mask id.',
  },
  'error.user.bad_pool_for_collection': {
    description: 'Bad Pool For Collection (User object manipulation): The user attempts to create objects in a collection using /api/db with the collection parameter. The objecttype has a pool link, but the provided pool is not the one configured in the collection for object creation. Parameters: collection_id: collection id; expected_pool_id: expected pool id.',
  },
  'error.user.collection_is_not_under_user_collection': {
    description: 'Collection Is Not Under User Collection (User object manipulation): The user is trying to create or move a collection outside of the user collection tree.',
  },
  'error.user.transition_reject': {
    description: 'Transition Reject (User object manipulation): The operation was rejected by a transition. Parameters: message: a message describing the reason, if the transition defines it; else, a generic message containing the transition ID.',
  },
  'error.user.bad_confirm_code': {
    description: 'Bad Confirm Code (User object manipulation): The confirm code for the operation is invalid.',
  },
  'error.user.bad_mask_for_update': {
    description: 'Bad Mask For Update (User object manipulation): A mask with mask filter was provided for POST /api/db. Parameters: mask: mask name.',
  },
  'error.user.link_root_pool': {
    description: 'Link Root Pool (User object manipulation): The user is trying to link an object to the root pool. Parameters: object_id: the object ID, or "<new>" if it is a new object.',
  },
  'error.user.pool_not_found': {
    description: 'Pool Not Found (Pool errors): The server cannot find the given pool. Parameters: id: the pool ID.',
  },
  'error.user.pool_requires_parent': {
    description: 'Pool Requires Parent (Pool errors): The user is trying to create a pool but has not specified a parent.',
  },
  'error.user.system_pool_update_parent': {
    description: 'System Pool Update Parent (Pool errors): The user is trying to change the parent of a system pool. Parameters: id: the pool ID.',
  },
  'error.user.system_pool_delete': {
    description: 'System Pool Delete (Pool errors): The user is trying to delete a system pool. Parameters: id: the pool ID.',
  },
  'error.user.collection_not_found': {
    description: 'Collection Not Found (Collection errors): The server cannot find the given collection. Parameters: id: the collection ID.',
  },
  'error.user.collection_does_not_allow_children': {
    description: 'Collection Does Not Allow Children (Collection errors): The user is trying to create or move a collection under a collection that does not allow children. Parameters: id: the collection ID of the collection that does not allow children.',
  },
  'error.user.collection_requires_parent': {
    description: 'Collection Requires Parent (Collection errors): The user is trying to create a collection but has not specified a parent.',
  },
  'error.user.system_collection_update': {
    description: 'System Collection Update (Collection errors): The user is trying to change an attribute of a system collection which cannot be changed. Parameters: id: the collection ID.',
  },
  'error.user.system_collection_delete': {
    description: 'System Collection Delete (Collection errors): The user is trying to delete a system collection. Parameters: id: the collection ID.',
  },
  'error.user.collection_user_secret_already_exists': {
    description: 'Collection User Secret Already Exists (Collection errors): There is a user associated with the secret provided for a new collection user. Parameters: secret: the text provided as secret.',
  },
  'error.user.collection_sharing_inactive': {
    description: 'Collection Sharing Inactive (Collection errors): The ACL entry that enables collection sharing for the provided credentials is not active.',
  },
  'error.user.collection_sharing_too_soon': {
    description: 'Collection Sharing Too Soon (Collection errors): The ACL entry that enables collection sharing for the provided credentials is not valid yet. Parameters: timestamp: the "valid_from" field from the ACL entry.',
  },
  'error.user.collection_sharing_too_late': {
    description: 'Collection Sharing Too Late (Collection errors): The ACL entry that enables collection sharing for the provided credentials is no longer valid. Parameters: timestamp: the "valid_to" field from the ACL entry.',
  },
  'error.user.collection_name_repeated': {
    description: 'Collection Name Repeated (Collection errors): There already exists a collection with the given name under the same parent collection.',
  },
  'error.user.export_already_running': {
    description: 'Export Already Running (Export errors): The user is trying to start an export which is already running.',
  },
  'error.user.export_name_required': {
    description: 'Export Name Required (Export errors): The user is trying to create a scheduled export with no name.',
  },
  'error.user.search_no_mask_found': {
    description: 'Search: No Mask Found (Search/suggest errors): The user provided an objecttype for which no mask was found. Parameters: objecttype: the objecttype name.',
  },
  'error.user.session_not_found': {
    description: 'Session Not Found (Session errors): The server cannot find the given session. Parameters: id: the session token.',
  },
  'error.user.session_invalid': {
    description: 'Session Invalid (Session errors): The session provided is invalid.',
  },
  'error.user.username_or_password_empty': {
    description: 'Username or Password Empty (Session errors): The user provided an empty user or password when authenticating.',
  },
  'error.user.login_failed': {
    description: 'Login Failed (Session errors): Login failed.',
  },
  'error.user.login_disabled': {
    description: 'Login Disabled (Session errors): Login failed because it was disabled.',
  },
  'error.user.login_disabled_from': {
    description: 'Login Disabled From (Session errors): Login failed because it was disabled in a certain datetime range: from. Parameters: from: datestamp from.',
  },
  'error.user.login_disabled_to': {
    description: 'Login Disabled To (Session errors): Login failed because it was disabled in a certain datetime range: to. Parameters: to: datestamp to.',
  },
  'error.user.tag_not_found': {
    description: 'Tag Not Found (Other errors): The server cannot find the given tag. Parameters: id: the tag ID.',
  },
  'error.user.right_not_found': {
    description: 'Right Not Found (Other errors): The server cannot find the given right. Parameters: id: the right ID.',
  },
  'error.user.message_not_found': {
    description: 'Message Not Found (Other errors): The server cannot find the given message. Parameters: id: the message ID.',
  },
  'error.user.objecttype_not_found': {
    description: 'Objecttype Not Found (Other errors): The server cannot find the given objecttype. Parameters: id: the objecttype name.',
  },
  'error.user.mask_not_found': {
    description: 'Mask Not Found (Other errors): The server cannot find the given mask. Parameters: id: the mask name.',
  },
  'error.user.event_not_found': {
    description: 'Event Not Found (Other errors): The server cannot find the given event. Parameters: id: the event ID.',
  },
  'error.user.error_not_found': {
    description: 'Error Not Found (Other errors): The server cannot find the given error. Parameters: id: the error UUID.',
  },
  'error.user.language_not_found': {
    description: 'Language Not Found (Other errors): The server cannot find the given language. Parameters: id: the language.',
  },
  'error.user.asset_not_found': {
    description: 'Asset Not Found (Other errors): EAS cannot find the given asset. Parameters: id: the asset ID.',
  },
  'error.user.wrong_value': {
    description: 'Wrong Value (Other errors): The provided value does not meet the expected form (i.e. a regex). Parameters: variable: the name of the variable for which the value was set; value: the provided value; hint: a text explaining why the value is not accepted.',
  },
  'error.user.right_preset_not_found': {
    description: 'Right Preset Not Found (Other errors): The server cannot find the given right preset. Parameters: id: the ID of the right preset.',
  },
  'error.user.no_masks_for_create': {
    description: 'No Masks For Create (Other errors): There are no masks available for the objecttype / pool combination provided to /api/db_info/create. Parameters: objecttype: the objecttype provided; pool: the pool provided (if the objecttype has no available pools, "-" is returned; this call should not have been made because the previous create call (without "objecttype" should not list this one)) (if the objecttype has no pool link, "N/A" is returned).',
  },
  'error.user.event_type_disabled': {
    description: 'Event Type Disabled (Other errors): The user attempts to POST en event whose type has been disabled via base config. Parameters: event_type: the type of the event.',
  },
  'error.user.invalid_value': {
    description: 'Invalid Value (Other errors): The user provided an invalid value for an attribute. Parameters: attribute: the name of the attribute; value: the value provided by the user; expected_format: the format expected for the attribute.',
  },
  'error.user.objects_not_allowed': {
    description: 'Objects Not Allowed (Other errors): Using /api/objects without the required base config parameter.',
  },
  'error.api.invalid_email_address': {
    description: 'API error of POST /api/v1/settings/sendmail: "error.api.invalid_email_address in case the mail address is unknown".',
    source: `${ENDPOINTS}settings/_index.en.md (POST /api/v1/settings/sendmail)`,
  },
  'error.api.update_customdata': {
    description: 'API error of POST /api/v1/settings/updatecustomdata: "error.api.update_customdata in case the update failed".',
    source: `${ENDPOINTS}settings/_index.en.md (POST /api/v1/settings/updatecustomdata)`,
  },
  'error.user.eas_http_404': {
    description: 'POST /api/v1/eas/rput: "If the resource at the URL url is not available, an API Error (eas_http_404) is thrown". The page gives no status: 400 by the user-error rule (its example body has realm user).',
    source: `${ENDPOINTS}eas/_index.en.md (POST /api/v1/eas/rput)`,
  },
  'error.user.forgot_password.unknown': {
    description: 'User error of POST /api/v1/session/forgot_password: "the user specified in forgot could not be identified".',
    source: `${ENDPOINTS}session/_index.en.md (POST /api/v1/session/forgot_password)`,
  },
  'error.user.search_query_too_long': {
    description: 'POST /api/v1/search: "Every text and string input value that is longer than 256 characters will cause an UserError (error.user.search_query_too_long)." The page gives no status: 400 by the user-error rule.',
    source: `${ENDPOINTS}search/_index.en.md (POST /api/v1/search)`,
  },
};
