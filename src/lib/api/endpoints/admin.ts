// Administration: accounts, departments, the working-day calendar and the audit log.
import * as A from '../schemas/accounts';
import * as C from '../schemas/admin';
import { DepartmentCode, UserId, type Endpoint } from './endpoint';

export const adminEndpoints = {
	listUsers: {
		method: 'GET',
		path: '/admin/users',
		summary: 'List users',
		tag: 'admin',
		auth: 'session',
		responses: { 200: A.UserList }
	},
	createUser: {
		method: 'POST',
		path: '/admin/users',
		summary: 'Create a user',
		tag: 'admin',
		auth: 'session',
		body: A.NewUser,
		responses: { 201: A.User }
	},
	changeUser: {
		method: 'PATCH',
		path: '/admin/users/{id}',
		summary: 'Disable or enable a user',
		tag: 'admin',
		auth: 'session',
		params: { id: UserId },
		body: A.UserChange,
		responses: { 200: A.User }
	},
	listDepartments: {
		method: 'GET',
		path: '/admin/departments',
		summary: 'List departments',
		tag: 'admin',
		auth: 'session',
		responses: { 200: A.DepartmentList }
	},
	createDepartment: {
		method: 'POST',
		path: '/admin/departments',
		summary: 'Create a department',
		tag: 'admin',
		auth: 'session',
		body: A.NewDepartment,
		responses: { 201: A.Department }
	},
	changeDepartment: {
		method: 'PATCH',
		path: '/admin/departments/{code}',
		summary: 'Rename a department or set its credit code',
		tag: 'admin',
		auth: 'session',
		params: { code: DepartmentCode },
		body: A.DepartmentChange,
		responses: { 200: A.Department }
	},
	getCalendar: {
		method: 'GET',
		path: '/admin/calendar',
		summary: 'The working-day calendar override in force',
		tag: 'admin',
		auth: 'session',
		responses: { 200: C.CalendarState }
	},
	putCalendar: {
		method: 'PUT',
		path: '/admin/calendar',
		summary: 'Replace the calendar override (validated before it is stored)',
		tag: 'admin',
		auth: 'session',
		body: C.CalendarData,
		responses: { 200: C.CalendarSaved }
	},
	audit: {
		method: 'GET',
		path: '/admin/audit',
		summary: 'Audit log, newest first',
		tag: 'admin',
		auth: 'session',
		query: C.AuditQuery,
		responses: { 200: C.AuditLog }
	}
} as const satisfies Record<string, Endpoint>;
