// Who may do what. Kept in one place so the routes, the services and the authorization tests agree.
import type { Locale } from '../../domain/i18n';
import { forbidden, unauthenticated } from '../http/problem';
import type { Role } from '../db/schema';
import type { Actor } from './actor';

export function requireActor(actor: Actor | null, locale: Locale): Actor {
	if (!actor) throw unauthenticated(locale);
	return actor;
}

export function requireRole(actor: Actor, roles: Role[], locale: Locale): void {
	if (!roles.includes(actor.role)) {
		throw forbidden(locale, [
			`此操作仅限${roles.map(roleZh).join('或')}。`,
			`Only ${roles.join(' or ')} may do this.`
		]);
	}
}

export function isEditorOf(actor: Actor, department: string): boolean {
	return actor.role === 'editor' && actor.departments.includes(department);
}

export function requireEditorOf(actor: Actor, department: string, locale: Locale): void {
	if (!isEditorOf(actor, department)) {
		throw forbidden(locale, [
			`只有部门 ${department} 的编辑可以修改该事项。`,
			`Only editors of department ${department} may change this item.`
		]);
	}
}

function roleZh(role: Role): string {
	return { editor: '部门编辑', reviewer: '审核人', admin: '管理员' }[role];
}
