// Accounts and sessions: who is signed in, the accounts an administrator manages, departments.
import Type, { type Static } from 'typebox';
import { ROLES } from '../enums';
import { Closed, Id, Nullable, Timestamp } from './common';

export const Role = Type.Enum(ROLES);

/** The signed-in user as the server sees them (GET /me, POST /session). */
export const SessionUser = Closed({
	id: Id,
	username: Type.String(),
	displayName: Type.String(),
	role: Role,
	/** department codes; an editor edits only these departments' items */
	departments: Type.Array(Type.String()),
	demo: Type.Boolean()
});

/** An account as an administrator sees it. */
export const User = Closed({
	id: Id,
	username: Type.String(),
	displayName: Type.String(),
	role: Role,
	departments: Type.Array(Type.String()),
	disabled: Type.Boolean(),
	demo: Type.Boolean(),
	createdAt: Timestamp
});

/** The username in any case. Failures are throttled per username and client address and per
 * client address (429 with Retry-After), never by locking the account. */
export const SignIn = Closed({ username: Type.String(), password: Type.String() });

export const Session = Closed({
	/** also set as the banshi_session cookie; send as `Authorization: Bearer` from other clients */
	token: Type.String(),
	expiresAt: Timestamp,
	user: SessionUser
});

export const Me = Closed({ user: SessionUser });

export const NewUser = Closed({
	/** unique whatever its case: "Wang" when "wang" exists is 409 */
	username: Type.String(),
	/** 12–256 characters, not a common password, not containing the username, not repeated or
	 * sequential characters; no composition rules (checked by the account service: 422) */
	password: Type.String({
		description:
			'12–256 characters, not a common password, not containing the username, not repeated or sequential characters; no composition rules (else 422)'
	}),
	role: Role,
	/** required for editors (checked by the account service: 422) */
	departments: Type.Optional(Type.Array(Type.String())),
	displayName: Type.Optional(Type.String())
});

/** Without `disabled` the account is returned unchanged. */
export const UserChange = Closed({ disabled: Type.Optional(Type.Boolean()) });

export const UserList = Closed({ users: Type.Array(User) });

export const Department = Closed({
	code: Type.String(),
	name: Type.String(),
	/** 统一社会信用代码 (GB 32100), which links item documents to the department */
	creditCode: Nullable(Type.String())
});

export const DepartmentList = Closed({ departments: Type.Array(Department) });

export const NewDepartment = Closed({
	code: Type.String(),
	name: Type.String(),
	creditCode: Type.Optional(Nullable(Type.String()))
});

export const DepartmentChange = Closed({
	name: Type.Optional(Type.String()),
	creditCode: Type.Optional(Nullable(Type.String()))
});

export type Role = Static<typeof Role>;
export type SessionUser = Static<typeof SessionUser>;
export type User = Static<typeof User>;
export type SignIn = Static<typeof SignIn>;
export type Session = Static<typeof Session>;
export type Me = Static<typeof Me>;
export type NewUser = Static<typeof NewUser>;
export type UserChange = Static<typeof UserChange>;
export type Department = Static<typeof Department>;
export type NewDepartment = Static<typeof NewDepartment>;
export type DepartmentChange = Static<typeof DepartmentChange>;
