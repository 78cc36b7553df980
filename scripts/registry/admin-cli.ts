// The admin command line. Messages are Chinese first with English after, like the rest of the tools.
import type { Role } from '../../src/lib/domain/workflow';
import { connect } from '../../src/lib/server/db/connect';
import { listDepartments } from '../../src/lib/server/db/departments';
import { findUserRowByUsername, listUsers } from '../../src/lib/server/db/users';
import { AppError, render } from '../../src/lib/server/errors';
import { createDepartment } from '../../src/lib/server/services/admin';
import {
	createUser,
	disableUser,
	removeDemoAccounts,
	setPassword
} from '../../src/lib/server/services/users';
import { seedDemo } from '../../src/lib/server/setup/demo';
import { one, parseArgs } from './args';

const HELP = `用法 / usage: npm run admin -- <command> [options]

  create-user --username NAME --password PASS --role editor|reviewer|admin
              [--department CODE ...] [--display-name NAME]
  disable-user --username NAME          停用账号并注销其会话 / disable and sign out
  enable-user --username NAME
  set-password --username NAME --password PASS
                                        设置密码并注销其全部会话 / set the password, end every session
  remove-demo-accounts                  删除演示账号（有记录引用的停用）/ remove the demo accounts
                                        (disabled where records name them); required before production
  create-department --code CODE --name NAME [--credit-code USCC]
  list-users | list-departments
  migrate                               仅执行数据库迁移 / run migrations only
  seed-demo                             空库时导入演示内容 / demo content on an empty database
  export FILE                           整库导出为一个 JSON 文件（不含密码）/ whole database to one file (no passwords)
  import FILE                           导入到空库（BANSHI_ADMIN_PASSWORD 设为 admin 密码）/ into an empty database

数据库 / database: DATABASE_URL=postgres://… , 否则使用 BANSHI_DATA_DIR（默认 ./data）下的内嵌库。
内嵌库同一时间只能由一个进程打开：请先停止服务器，或使用管理接口。
The embedded database opens in one process at a time: stop the server first, or use the admin API.`;

const SYSTEM = { id: null, username: 'cli' } as const;

async function main(): Promise<number> {
	const args = parseArgs(process.argv.slice(2));
	if (!args.command || args.command === 'help' || args.options.has('help')) {
		console.log(HELP);
		return args.command ? 0 : 1;
	}
	const need = (name: string): string => {
		const v = one(args, name);
		if (v === undefined || v === 'true') throw new Error(`缺少 --${name} / missing --${name}`);
		return v;
	};
	const connection = await connect();
	try {
		const { db } = connection;
		switch (args.command) {
			case 'create-user': {
				const user = await createUser(
					db,
					{
						username: need('username'),
						password: need('password'),
						role: need('role') as Role,
						departments: args.options.get('department') ?? [],
						displayName: one(args, 'display-name')
					},
					SYSTEM
				);
				console.log(
					`已创建 / created: ${user.username} (${user.role}${user.departments.length ? ': ' + user.departments.join(', ') : ''})`
				);
				return 0;
			}
			case 'disable-user':
			case 'enable-user': {
				const row = await findUserRowByUsername(db, need('username'));
				if (!row) throw new Error(`用户不存在 / no such user: ${one(args, 'username')}`);
				await disableUser(db, row.id, args.command === 'disable-user', SYSTEM);
				console.log(
					`${args.command === 'disable-user' ? '已停用 / disabled' : '已启用 / enabled'}: ${row.username}`
				);
				return 0;
			}
			case 'set-password': {
				const row = await findUserRowByUsername(db, need('username'));
				if (!row) throw new Error(`用户不存在 / no such user: ${one(args, 'username')}`);
				await setPassword(db, row.id, need('password'), SYSTEM);
				console.log(`已更新密码并注销其会话 / password set, sessions ended: ${row.username}`);
				return 0;
			}
			case 'remove-demo-accounts': {
				const r = await removeDemoAccounts(db, SYSTEM);
				if (r.deleted.length === 0 && r.disabled.length === 0)
					console.log('没有演示账号 / no demo accounts');
				if (r.deleted.length) console.log(`已删除 / deleted: ${r.deleted.join(', ')}`);
				if (r.disabled.length)
					console.log(
						`已停用（历史记录保留其名称）/ disabled (the records keep their names): ${r.disabled.join(', ')}`
					);
				return 0;
			}
			case 'create-department': {
				const d = await createDepartment({ db }, SYSTEM, {
					code: need('code'),
					name: need('name'),
					creditCode: one(args, 'credit-code') ?? null
				});
				console.log(`已创建部门 / department created: ${d.code} ${d.name}`);
				return 0;
			}
			case 'list-users':
				for (const u of await listUsers(db))
					console.log(
						[
							u.username,
							u.role,
							u.departments.join(',') || '-',
							u.disabled ? 'disabled' : 'active',
							u.demo ? 'demo' : ''
						].join('\t')
					);
				return 0;
			case 'list-departments':
				for (const d of await listDepartments(db))
					console.log([d.code, d.name, d.creditCode ?? '-'].join('\t'));
				return 0;
			case 'migrate':
				console.log('数据库已是最新 / database is up to date');
				return 0;
			case 'seed-demo': {
				const r = await seedDemo(db);
				console.log(
					r.seeded
						? `演示内容已导入 / demo content: ${r.items.length} items, ${r.published.length} published`
						: '数据库非空，未导入 / not empty: nothing imported'
				);
				return 0;
			}
			default:
				console.error(`未知命令 / unknown command: ${args.command}\n\n${HELP}`);
				return 1;
		}
	} finally {
		await connection.close();
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		if (error instanceof AppError) {
			const { title, detail } = error.text('zh-CN');
			console.error(`${title}${detail ? '：' + detail : ''}`);
			for (const e of error.errors ?? [])
				console.error(`  ${e.pointer} ${render(e.message, 'zh-CN')}`);
		} else console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
);
